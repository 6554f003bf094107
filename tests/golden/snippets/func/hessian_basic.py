import torch
from torch.func import hessian, jacfwd, jacrev

def f(x):
    return (x ** 3).sum() + x[0] * x[1]

x = torch.tensor([1.0, 2.0])
print(hessian(f)(x))
print(jacrev(jacrev(f))(x))
print(torch.autograd.functional.hessian(f, x))

def energy(x):
    return x.sin().sum() * x.pow(2).sum()

x = torch.tensor([0.3, -0.7, 1.1])
print(hessian(energy)(x))
print(jacfwd(jacfwd(energy))(x))
