# instance norm by hand vs nn.InstanceNorm2d
import torch
import torch.nn as nn

torch.manual_seed(59)
x = torch.randn(2, 3, 4, 4)
inorm = nn.InstanceNorm2d(3)
m = x.mean(dim=(2, 3), keepdim=True)
v = x.var(dim=(2, 3), keepdim=True, unbiased=False)
mine = (x - m) / torch.sqrt(v + 1e-5)
print(inorm)
print((mine - inorm(x)).abs().max() < 1e-5)
print(inorm(x).std(dim=(2, 3), unbiased=False))
