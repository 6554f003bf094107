# Hessian-vector products of a two-argument function.
import torch
from torch.autograd.functional import hvp, vhp

def f(u, v):
    return (u ** 2 * v).sum() + (v ** 3).sum()

u = torch.tensor([1.0, 2.0])
v = torch.tensor([0.5, -1.0])
tang = (torch.ones(2), torch.zeros(2))
val, prod = hvp(f, (u, v), tang)
print(val, prod)
val2, prod2 = vhp(f, (u, v), tang)
print(torch.equal(prod[0], prod2[0]), prod2[1])
