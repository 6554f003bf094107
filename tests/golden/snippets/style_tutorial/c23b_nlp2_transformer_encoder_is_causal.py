import torch
from torch import nn

torch.manual_seed(52)
layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True, norm_first=True)
print(layer.norm_first, layer.activation.__name__, layer.norm1)
x = torch.randn(1, 4, 8)
mask = nn.Transformer.generate_square_subsequent_mask(4)
a = layer(x, src_mask=mask, is_causal=True)
b = layer(x, src_mask=mask)
print(a.shape, torch.allclose(a, b, atol=1e-6))
c = layer(x[:, :2], src_mask=mask[:2, :2])
print(torch.allclose(a[:, :2], c, atol=1e-5))
