# layer norm from scratch vs nn.LayerNorm
import torch
import torch.nn as nn

torch.manual_seed(6)
x = torch.randn(3, 5)
ln = nn.LayerNorm(5)
mean = x.mean(-1, keepdim=True)
var = x.var(-1, keepdim=True, unbiased=False)
mine = (x - mean) / torch.sqrt(var + 1e-5) * ln.weight + ln.bias
print(mine)
print(ln(x))
print((mine - ln(x)).abs().max())
