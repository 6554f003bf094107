# Riemann sums with cumsum are differentiable: d/dc of the integral of c*x.
import torch

c = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
x = torch.linspace(0, 1, 101, dtype=torch.float64)
area = torch.cumsum(c * x * 0.01, dim=0)[-1]
area.backward()
print(round(area.item(), 6), round(c.grad.item(), 6))
i2 = torch.trapezoid(c * x, x)
(g,) = torch.autograd.grad(i2, c)
print(round(i2.item(), 6), round(g.item(), 6))
print(torch.cumsum(torch.ones(4, dtype=torch.int64), 0), torch.cumsum(torch.ones(2, dtype=torch.int32), 0).dtype)
