# Exercise: batch normalisation by hand (training mode) vs nn.BatchNorm1d
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 3) * 2 + 1
mean = x.mean(dim=0)
var = x.var(dim=0, unbiased=False)
manual = (x - mean) / torch.sqrt(var + 1e-5)
bn = nn.BatchNorm1d(3)
print(manual[:2])
print(bn(x)[:2])
print(torch.allclose(manual, bn(x), atol=1e-6))
print(bn.running_mean, bn.running_var)
