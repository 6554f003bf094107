# nn.LazyLinear and nn.LazyConv2d infer in_features on the first call
import torch
import torch.nn as nn

torch.manual_seed(0)
lazy = nn.LazyLinear(3)
print(lazy)
print(lazy.weight)
y = lazy(torch.randn(2, 5))
print(lazy)
print(lazy.weight.shape, y.shape)
conv = nn.LazyConv2d(4, 3)
print(conv(torch.randn(1, 2, 5, 5)).shape, conv)
