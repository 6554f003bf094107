# Convexity check: Hessian eigenvalues of a quadratic and of a non-convex function
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])

def quad(x):
    return 0.5 * x @ A @ x

def saddle(x):
    return x[0] ** 2 - x[1] ** 2 + x[0] * x[1]

x0 = torch.tensor([1.0, -1.0])
H1 = hessian(quad, x0)
H2 = hessian(saddle, x0)
print(H1)
print(torch.linalg.eigvalsh(H1))
print(H2, torch.linalg.eigvalsh(H2))
