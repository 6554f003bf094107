# a finite-difference Jacobian helper checked against autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian
def fd_jacobian(f, x, h=1e-6):
    cols = []
    for i in range(x.numel()):
        e = torch.zeros_like(x); e[i] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return torch.stack(cols, dim=1)
f = lambda v: torch.stack([v[0] * v[1] ** 2, torch.log(v[0]) + v[2], v.prod()])
x = torch.tensor([1.2, 0.7, -0.4], dtype=torch.float64)
J_fd, J_ad = fd_jacobian(f, x), jacobian(f, x)
print(J_ad)
print((J_fd - J_ad).abs().max().item() < 1e-8)
