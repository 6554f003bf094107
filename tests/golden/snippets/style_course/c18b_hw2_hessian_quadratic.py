# HW: the Hessian of f(x) = x^T A x is A + A^T
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]])


def f(x):
    return x @ A @ x


x0 = torch.tensor([0.5, -1.0])
H = hessian(f, x0)
print(H)
print("PASS" if torch.equal(H, A + A.T) else "FAIL")
