# Weight normalization of a Linear layer through torch.nn.utils.parametrizations
import torch
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(5)
layer = weight_norm(nn.Linear(3, 2))
print(layer)
g = layer.parametrizations.weight.original0
v = layer.parametrizations.weight.original1
print(g.shape, v.shape)
print(torch.allclose(layer.weight, g * v / v.norm(dim=1, keepdim=True)))
print(sorted(n for n, _ in layer.named_parameters()))
