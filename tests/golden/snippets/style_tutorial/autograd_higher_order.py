# A gradient of a gradient with create_graph=True.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
dy_dx, = torch.autograd.grad(y, x, create_graph=True)
print(dy_dx)
d2y_dx2, = torch.autograd.grad(dy_dx, x)
print(d2y_dx2)
z = torch.sin(x)
g, = torch.autograd.grad(z, x, create_graph=True)
print(g, g.grad_fn)
print(torch.autograd.grad(g, x))
