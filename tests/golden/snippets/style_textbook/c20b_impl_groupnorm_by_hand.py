# group norm by reshaping vs nn.GroupNorm
import torch
import torch.nn as nn

torch.manual_seed(58)
x = torch.randn(2, 4, 3)
gn = nn.GroupNorm(2, 4)
g = x.view(2, 2, -1)
mine = ((g - g.mean(-1, keepdim=True)) / (g.var(-1, unbiased=False, keepdim=True) + 1e-5).sqrt()).view_as(x)
print(torch.allclose(mine, gn(x), atol=1e-6))
print(gn(x)[0])
print(nn.GroupNorm(4, 4, affine=False)(x).mean(-1))
