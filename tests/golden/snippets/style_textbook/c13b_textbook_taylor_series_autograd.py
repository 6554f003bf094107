# Calculus chapter: Taylor polynomial of a function from repeated autograd derivatives at a point.
import math
import torch

def f(x):
    return torch.exp(x) * torch.cos(x)

a = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
derivs = []
y = f(a)
for k in range(6):
    derivs.append(y.item())
    y, = torch.autograd.grad(y, a, create_graph=True)
print([round(d, 12) for d in derivs])
xs = torch.tensor([0.1, 0.5, 1.0], dtype=torch.float64)
for order in (1, 3, 5):
    approx = sum(derivs[k] / math.factorial(k) * xs ** k for k in range(order + 1))
    print(order, approx, (approx - f(xs)).abs())
x = torch.linspace(-1, 1, 5, requires_grad=True)
y = torch.sin(x)
dy, = torch.autograd.grad(y.sum(), x, create_graph=True)
d2y, = torch.autograd.grad(dy.sum(), x)
print(dy)
print(d2y)
print(-torch.sin(x.detach()))
