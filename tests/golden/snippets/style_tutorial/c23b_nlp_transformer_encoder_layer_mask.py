import torch
from torch import nn

torch.manual_seed(22)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
x = torch.randn(2, 5, 8)
pad = torch.tensor([[False] * 5, [False, False, False, True, True]])
out = enc(x, src_key_padding_mask=pad)
print(out.shape, out.grad_fn.name())
print(len(enc.layers), type(enc.layers[0]).__name__)
print(sum(p.numel() for p in enc.parameters()))
