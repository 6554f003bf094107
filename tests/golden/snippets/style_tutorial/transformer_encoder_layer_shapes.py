# A Transformer encoder from nn layers: shapes through TransformerEncoderLayer with batch_first.
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2)
x = torch.randn(3, 5, 8)
out = encoder(x)
print(out.shape)
print(sum(p.numel() for p in encoder.parameters()))
mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)
