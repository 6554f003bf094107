# Higher-order derivatives with create_graph=True: f(x) = x^4 - 2x^2, first to fourth derivative.
import torch

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
f = x ** 4 - 2 * x ** 2
d1, = torch.autograd.grad(f.sum(), x, create_graph=True)
print(d1, d1.grad_fn)
d2, = torch.autograd.grad(d1.sum(), x, create_graph=True)
print(d2)
d3, = torch.autograd.grad(d2.sum(), x, create_graph=True)
print(d3)
d4, = torch.autograd.grad(d3.sum(), x)
print(d4, d4.requires_grad)
print(4 * x ** 3 - 4 * x, 12 * x ** 2 - 4, 24 * x)
t = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
g = torch.sin(t) * torch.exp(t)
g1, = torch.autograd.grad(g, t, create_graph=True)
g2, = torch.autograd.grad(g1, t)
print(g1.item(), g2.item(), (2 * torch.cos(t) * torch.exp(t)).item())
