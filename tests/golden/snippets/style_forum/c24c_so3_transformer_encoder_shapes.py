# Q: TransformerEncoder input shapes and masks
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
x = torch.zeros(2, 4, 8)
print(enc(x).shape)
mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)
print(enc(x, mask=mask, is_causal=True).shape)
