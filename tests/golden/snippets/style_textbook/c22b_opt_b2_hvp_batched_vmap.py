import torch
from torch.func import vmap, jvp, grad


def f(x):
    return (x.sin() * x).sum()


x = torch.tensor([0.5, 1.0, 1.5])
tangents = torch.eye(3)


def hvp(v):
    return jvp(grad(f), (x,), (v,))[1]


H = vmap(hvp)(tangents)
print(H)
print(torch.allclose(H, torch.autograd.functional.hessian(f, x)))
