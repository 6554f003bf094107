# nn.TransformerEncoderLayer / TransformerEncoder in eval mode
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder_layer = nn.TransformerEncoderLayer(d_model=16, nhead=4, dim_feedforward=32)
transformer_encoder = nn.TransformerEncoder(encoder_layer, num_layers=2, enable_nested_tensor=False)
src = torch.rand(5, 2, 16)
transformer_encoder.eval()
out = transformer_encoder(src)
print(out.shape)
print(out[0, 0, :5])
layer = nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=True, dropout=0.0)
print(layer(torch.rand(2, 5, 16)).shape)
