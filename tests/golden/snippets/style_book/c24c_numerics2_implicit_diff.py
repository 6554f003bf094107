# Section 3.11: implicit differentiation of the root of x^3 + a x - 1 = 0
import torch

a = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
x = torch.tensor(0.5, dtype=torch.float64)
for _ in range(30):
    x = x - (x ** 3 + a.detach() * x - 1) / (3 * x ** 2 + a.detach())
x = x.detach().requires_grad_()
F = x ** 3 + a * x - 1
dFdx, dFda = torch.autograd.grad(F, (x, a))
print(round(x.item(), 10), round((-dFda / dFdx).item(), 10))
