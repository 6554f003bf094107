# LazyConv2d infers in_channels on the first call; repr before and after.
import torch
import torch.nn as nn

torch.manual_seed(0)
lazy = nn.LazyConv2d(4, 3)
print(lazy)
print(type(lazy.weight).__name__)
y = lazy(torch.zeros(1, 5, 6, 6))
print(lazy)
print(lazy.weight.shape, y.shape, type(lazy).__name__)
net = nn.Sequential(nn.LazyConv2d(2, 1), nn.LazyBatchNorm2d())
net(torch.zeros(2, 3, 2, 2))
print(net)
