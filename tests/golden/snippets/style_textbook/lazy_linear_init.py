# A lazily initialised layer: uninitialized before the first forward, shaped after it.
import torch
from torch import nn

torch.manual_seed(14)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(net[0].weight)
X = torch.rand(2, 20)
print(net(X).shape)
print(net[0].weight.shape)
print(net)
