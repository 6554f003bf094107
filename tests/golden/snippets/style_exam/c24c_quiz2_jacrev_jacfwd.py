# Quiz B44: jacrev and jacfwd agree
import torch
from torch.func import jacfwd, jacrev


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] - x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
print(jacrev(f)(x))
print(jacfwd(f)(x))
print(torch.equal(jacrev(f)(x), jacfwd(f)(x)))
