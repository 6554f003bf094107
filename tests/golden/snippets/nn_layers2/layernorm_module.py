import torch
import torch.nn as nn

torch.manual_seed(0)
ln = nn.LayerNorm(4)
print(ln)
print(ln.weight, ln.bias)
x = torch.randn(2, 3, 4, requires_grad=True)
y = ln(x)
print(y[0])
print(y.grad_fn, y.mean(-1).abs().max() < 1e-5)
(y * torch.arange(4.0)).sum().backward()
print(x.grad[0])
print(ln.weight.grad, ln.bias.grad)
