# second derivatives of a vector function via grad of a grad, elementwise
import torch
x = torch.linspace(-1, 1, 5, requires_grad=True)
y = torch.exp(-x ** 2)
dy = torch.autograd.grad(y, x, torch.ones_like(y), create_graph=True)[0]
d2y = torch.autograd.grad(dy, x, torch.ones_like(dy))[0]
print(dy)
print(d2y)
print((4 * x ** 2 - 2) * y)
