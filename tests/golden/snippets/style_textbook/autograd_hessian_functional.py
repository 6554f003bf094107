# The Hessian of a scalar function with torch.autograd.functional.hessian.
import torch
from torch.autograd.functional import hessian

def f(x):
    return (x ** 3).sum() + x[0] * x[1]

x = torch.tensor([1.0, 2.0])
print(hessian(f, x))
x.requires_grad_(True)
g, = torch.autograd.grad(f(x), x, create_graph=True)
print(g)
print(torch.stack([torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)]))
