# LayerNorm written out (mean, biased variance, eps) against nn.LayerNorm, values and grads
import torch
from torch import nn

torch.manual_seed(1705)
x = torch.randn(3, 6, requires_grad=True)
ln = nn.LayerNorm(6)
with torch.no_grad():
    ln.weight.uniform_(0.5, 1.5)
    ln.bias.uniform_(-0.2, 0.2)
mean = x.mean(-1, keepdim=True)
var = x.var(-1, keepdim=True, unbiased=False)
manual = (x - mean) / torch.sqrt(var + ln.eps) * ln.weight + ln.bias
module = ln(x)
print((manual - module).abs().max().item())
g1, = torch.autograd.grad(manual.pow(3).sum(), x)
g2, = torch.autograd.grad(module.pow(3).sum(), x)
print((g1 - g2).abs().max().item())
print(module)
