# torch.autograd.functional.jacobian with a tuple of inputs returns a tuple of blocks.
import torch
from torch.autograd.functional import jacobian

def f(u, v):
    return torch.stack([u[0] * v, u[1] + v, (u ** 2).sum() * v])

u = torch.tensor([1.0, 3.0])
v = torch.tensor(2.0)
Ju, Jv = jacobian(f, (u, v))
print(Ju)
print(Jv)
print(Ju.shape, Jv.shape)
