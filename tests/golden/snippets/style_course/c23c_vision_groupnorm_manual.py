# GroupNorm checked against a by-hand reshape, mean and var.
import torch
import torch.nn as nn

torch.manual_seed(2)
x = torch.randn(2, 6, 2, 2)
gn = nn.GroupNorm(3, 6)
y = gn(x)
g = x.view(2, 3, -1)
manual = ((g - g.mean(-1, keepdim=True)) / torch.sqrt(g.var(-1, unbiased=False, keepdim=True) + 1e-5)).view_as(x)
print(torch.allclose(y, manual, atol=1e-5))
print(gn)
print(gn.weight.shape, gn.bias.shape)
try:
    nn.GroupNorm(4, 6)
except ValueError as e:
    print("ValueError:", e)
