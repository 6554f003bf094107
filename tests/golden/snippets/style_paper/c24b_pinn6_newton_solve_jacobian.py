# Newton's method for a 2x2 nonlinear system with jacobian and linalg.solve
import torch
from torch.autograd.functional import jacobian

def F(v):
    x, y = v
    return torch.stack([x ** 2 + y ** 2 - 4, x - y])

v = torch.tensor([1.0, 0.5], dtype=torch.float64)
for it in range(6):
    v = v - torch.linalg.solve(jacobian(F, v), F(v))
print(v.round(decimals=8))
print(F(v).abs().max() < 1e-12)
