# Quiz B7: jvp vs vjp of the same function
import torch
from torch.autograd.functional import jvp, vjp, hvp


def f(x):
    return x * x * torch.tensor([1.0, 2.0, 3.0])


x = torch.tensor([1.0, 1.0, 2.0])
v = torch.ones(3)
print(jvp(f, x, v))
print(vjp(f, x, v))
print(hvp(lambda t: (t * t * t).sum(), x, v))
