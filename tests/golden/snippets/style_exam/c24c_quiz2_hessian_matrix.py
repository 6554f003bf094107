# Quiz B43: the Hessian of a quadratic form is A + A^T
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]])


def q(v):
    return (v * (A * v).sum(dim=1)).sum()


print(hessian(q, torch.tensor([0.5, -1.0])))
print(A + A.T)
