# The Hessian of 0.5 x^T A x + b^T x is (A + A^T) / 2.
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[4.0, 1.0, 0.0], [3.0, 2.0, 1.0], [0.0, -1.0, 5.0]])
b = torch.tensor([1.0, -2.0, 0.5])

def f(x):
    return 0.5 * x @ A @ x + b @ x

H = hessian(f, torch.tensor([0.3, -0.7, 1.1]))
print(H)
print(torch.equal(H, (A + A.T) / 2))
print(torch.linalg.eigvalsh(H))
