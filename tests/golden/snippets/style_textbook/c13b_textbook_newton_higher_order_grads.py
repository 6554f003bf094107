# Automatic differentiation chapter: second derivatives with create_graph for 1-D Newton steps.
import torch

def f(x):
    return x ** 4 - 3 * x ** 3 + 2

x = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
for i in range(6):
    y = f(x)
    g, = torch.autograd.grad(y, x, create_graph=True)
    h, = torch.autograd.grad(g, x)
    with torch.no_grad():
        x -= g / h
    print(i, x.item(), g.item(), h.item())
print("analytic minimum:", 9 / 4)
z = torch.tensor(1.5, requires_grad=True)
y = torch.sin(z) * z
d1, = torch.autograd.grad(y, z, create_graph=True)
d2, = torch.autograd.grad(d1, z, create_graph=True)
d3, = torch.autograd.grad(d2, z)
print(d1, d2, d3)
print(2 * torch.cos(torch.tensor(1.5)) - 1.5 * torch.sin(torch.tensor(1.5)))
print(d1.grad_fn, d2.requires_grad, d3.requires_grad)
