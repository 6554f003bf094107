# torch.func.jacrev with several argnums returns a tuple.
import torch
from torch.func import jacrev, jacfwd

def f(a, b):
    return a * b.sum() + b[:2] ** 2

a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, 4.0, 5.0])
ja, jb = jacrev(f, argnums=(0, 1))(a, b)
print(ja)
print(jb)
print(jacfwd(f, argnums=1)(a, b))
print(jacrev(f)(a, b).shape)
