# Autograd sheet, task 2: partial derivatives of z = x^2 y + sin(y)
import torch

x = torch.tensor(1.5, requires_grad=True)
y = torch.tensor(0.5, requires_grad=True)
z = x ** 2 * y + torch.sin(y)
dzdx, dzdy = torch.autograd.grad(z, (x, y))
print(dzdx, dzdy)
print(2 * 1.5 * 0.5, 1.5 ** 2 + torch.cos(torch.tensor(0.5)))
print(z.grad_fn.name(), z.grad_fn.next_functions[0][0].name())
