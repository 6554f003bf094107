# course: LayerNorm then GELU (exact and tanh forms) on a small batch; every value printed.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 5) * 2 + 1
ln = nn.LayerNorm(5)
y = ln(x)
print(y)
print(F.gelu(y))
print(F.gelu(y, approximate='tanh'))
print(nn.GELU()(x))
print(F.silu(y), F.mish(y[0]))
print(y.mean(-1), y.var(-1, unbiased=False))
