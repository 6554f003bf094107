import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(31)
conv = weight_norm(nn.Conv1d(2, 3, 2))
print(sorted(n for n, _ in conv.named_parameters()))
g = conv.parametrizations.weight.original0
v = conv.parametrizations.weight.original1
print(g.shape, v.shape)
w = conv.weight
print(torch.allclose(w, g * v / v.norm(dim=(1, 2), keepdim=True)))
conv(torch.randn(1, 2, 5)).sum().backward()
print(g.grad.shape)
