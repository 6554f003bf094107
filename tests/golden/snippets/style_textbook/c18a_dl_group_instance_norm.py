# GroupNorm and InstanceNorm from scratch on an NCHW tensor
import torch
from torch import nn

torch.manual_seed(3)
X = torch.randn(2, 4, 3, 3)
G = 2
Xg = X.reshape(2, G, -1)
gn = ((Xg - Xg.mean(-1, keepdim=True)) / torch.sqrt(Xg.var(-1, unbiased=False, keepdim=True) + 1e-5)).reshape_as(X)
print(torch.allclose(gn, nn.GroupNorm(G, 4)(X), atol=1e-5))
m = X.mean((2, 3), keepdim=True)
v = X.var((2, 3), unbiased=False, keepdim=True)
inorm = (X - m) / torch.sqrt(v + 1e-5)
print(torch.allclose(inorm, nn.InstanceNorm2d(4)(X), atol=1e-5))
print(nn.GroupNorm(G, 4), nn.InstanceNorm2d(4))
