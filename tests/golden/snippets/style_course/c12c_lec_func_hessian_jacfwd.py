# Lecture: torch.func transforms on a small function.
import torch
from torch.func import grad, jacrev, jacfwd, hessian, vmap

def f(x):
    return (x.sin() * x ** 2).sum()

x = torch.tensor([0.5, 1.0, -2.0])
print(grad(f)(x))
print(jacrev(torch.sin)(x))
print(jacfwd(torch.sin)(x))
print(hessian(f)(x))
batch = torch.tensor([[0.1, 0.2, 0.3], [1.0, 2.0, 3.0]])
print(vmap(grad(f))(batch))
print(vmap(torch.dot)(batch, batch))
