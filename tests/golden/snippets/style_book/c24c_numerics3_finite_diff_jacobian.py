# Section 2.7: finite-difference Jacobian vs jacobian()
import torch
from torch.autograd.functional import jacobian


def F(v):
    return torch.stack([v[0] * v[1], v[0] * v[0] - v[1] * v[1] * v[1]])


x = torch.tensor([1.0, 2.0], dtype=torch.float64)
h = 1e-6
cols = [(F(x + h * e) - F(x - h * e)) / (2 * h) for e in torch.eye(2, dtype=torch.float64)]
J_fd = torch.stack(cols, dim=1)
print(J_fd.round(decimals=6))
print(jacobian(F, x))
print((J_fd - jacobian(F, x)).abs().max() < 1e-6)
