# Hessian of a quadratic form equals A + A^T.
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]], dtype=torch.float64)
f = lambda x: x @ A @ x
x0 = torch.tensor([0.5, -1.0], dtype=torch.float64)
H = hessian(f, x0)
print(H)
print(torch.equal(H, A + A.T))
g = torch.autograd.functional.jacobian(f, x0)
print(g, (A + A.T) @ x0)
