# Derivatives of x**3 * cos(x) up to the third order.
import torch

x = torch.tensor([0.0, 1.0, 2.5], dtype=torch.float64, requires_grad=True)
y = x ** 3 * torch.cos(x)
(g1,) = torch.autograd.grad(y, x, torch.ones_like(x), create_graph=True)
(g2,) = torch.autograd.grad(g1, x, torch.ones_like(x), create_graph=True)
(g3,) = torch.autograd.grad(g2, x, torch.ones_like(x))
print(g1)
print(g2)
print(g3)
print(g1.grad_fn.name(), g3.grad_fn)
