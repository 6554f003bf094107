# d/dx x^x and its second derivative, checked against formulas.
import torch

x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
y = x ** x
(d1,) = torch.autograd.grad(y, x, create_graph=True)
(d2,) = torch.autograd.grad(d1, x)
v = x.detach()
print(d1.item(), (v ** v * (v.log() + 1)).item())
print(d2.item(), (v ** v * ((v.log() + 1) ** 2 + 1 / v)).item())
