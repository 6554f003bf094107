# Section 3.5: Newton for a 2x2 nonlinear system with the Jacobian from autograd
import torch
from torch.autograd.functional import jacobian


def F(v):
    x, y = v[0], v[1]
    return torch.stack([x * x + y * y - 4, x - y])


v = torch.tensor([1.0, 0.5], dtype=torch.float64)
for k in range(5):
    J = jacobian(F, v)
    step = torch.linalg.solve(J, F(v))
    v = v - step
print(J.shape, v.round(decimals=8))
print(F(v).abs().max().item() < 1e-10)
