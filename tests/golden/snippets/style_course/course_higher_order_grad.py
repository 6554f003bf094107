# Second derivatives with torch.autograd.grad and create_graph=True.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3 + 2 * x
dy, = torch.autograd.grad(y, x, create_graph=True)
print(dy, dy.grad_fn)
d2y, = torch.autograd.grad(dy, x)
print(d2y)
x = torch.linspace(-1, 1, 5, requires_grad=True)
y = torch.sin(x)
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(torch.allclose(g, torch.cos(x)))
g2, = torch.autograd.grad(g.sum(), x)
print(g2)
print(torch.autograd.grad((x * 2).sum(), x, retain_graph=True)[0])
