import torch
from torch.func import jacrev, jacfwd, hessian

def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2 - x[2], x.sum()])

x = torch.tensor([1.0, 2.0, 3.0])
print(jacrev(f)(x))
print(torch.equal(jacrev(f)(x), jacfwd(f)(x)))
H = hessian(lambda v: (v ** 2).prod())(x)
print(H)
print(jacfwd(jacrev(lambda v: (v ** 2).prod()))(x).shape)
print(jacrev(f, chunk_size=1)(x)[0])
