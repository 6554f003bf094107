# The Hessian of a quadratic form x^T A x is A + A^T.
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[2.0, 1.0, 0.0], [3.0, -1.0, 4.0], [0.0, 0.5, 1.0]])

def q(x):
    return x @ A @ x

H = hessian(q, torch.tensor([0.3, -0.2, 1.0]))
print(H)
print(torch.equal(H, A + A.T))
print(hessian(lambda x: (x ** 3).sum(), torch.tensor([1.0, -2.0])))
