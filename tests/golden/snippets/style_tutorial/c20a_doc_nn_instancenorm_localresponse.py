# nn.InstanceNorm1d/2d and nn.RMSNorm
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.InstanceNorm2d(3)
input = torch.randn(2, 3, 4, 4)
print(m(input)[0, 0, 0])
print(m, nn.InstanceNorm1d(5, affine=True))
rms = nn.RMSNorm([4])
x = torch.randn(2, 4)
print(rms(x))
print(rms)
print(nn.RMSNorm(4, eps=1e-6, elementwise_affine=False)(x))
