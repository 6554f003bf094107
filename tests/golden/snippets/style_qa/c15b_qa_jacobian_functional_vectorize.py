# Q: torch.autograd.functional.jacobian for a vector function, with several inputs and create_graph.
import torch
from torch.autograd.functional import jacobian

def f(x):
    return torch.stack([x[0] * x[1], x[0].sin(), x[1] ** 2])

x = torch.tensor([1.0, 2.0])
print(jacobian(f, x))
print(jacobian(f, x, vectorize=True))

def g(a, b):
    return a * b + b.exp()

ja, jb = jacobian(g, (torch.tensor([1.0, 2.0]), torch.tensor([0.0, 1.0])))
print(ja, jb)
J = jacobian(f, x.requires_grad_(), create_graph=True)
print(J.requires_grad, J.grad_fn is not None)
