import warnings
import torch
from torch import nn

torch.manual_seed(94)
layer = nn.TransformerEncoderLayer(4, 1, 8, dropout=0.0, batch_first=True)
x = torch.randn(1, 3, 4)
float_pad = torch.tensor([[0.0, 0.0, float("-inf")]])
bool_pad = torch.tensor([[False, False, True]])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = layer(x, src_key_padding_mask=float_pad)
    b = layer(x, src_key_padding_mask=bool_pad)
    c = layer(x, src_mask=torch.zeros(3, 3, dtype=torch.bool), src_key_padding_mask=float_pad)
print(torch.allclose(a, b, atol=1e-6), a.shape)
print([str(m.message)[:100] for m in w])
