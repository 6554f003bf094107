# RMSNorm from scratch vs nn.RMSNorm
import torch
import torch.nn as nn

torch.manual_seed(8)
x = torch.randn(2, 6)
norm = nn.RMSNorm(6, eps=1e-6)
mine = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * norm.weight
print(norm)
print(mine)
print(torch.allclose(mine, norm(x), atol=1e-6))
