import torch
from torch.func import jacrev, jacfwd

x = torch.tensor([1.0, 2.0])
print(jacrev(torch.sin)(x))
print(jacfwd(torch.sin)(x))

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [0.5, -1.0]])
f = lambda v: (A @ v).exp()
print(jacrev(f)(x))
print(jacfwd(f)(x))
print(torch.autograd.functional.jacobian(f, x))

g = lambda a, b: a * b.sin()
y = torch.tensor([0.5, -1.5])
print(jacrev(g, argnums=(0, 1))(x, y))
print(jacfwd(g, argnums=1)(x, y))
print(jacrev(lambda a: (a.sum(), a ** 2))(x))
