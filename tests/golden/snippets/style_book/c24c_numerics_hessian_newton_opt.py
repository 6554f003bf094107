# Section 4.4: Newton's method for minimisation with the exact Hessian
import torch
from torch.autograd.functional import hessian


def f(p):
    return (p[0] - 1) ** 4 + (p[0] - 1) * (p[0] - 1) + (p[1] + 2) * (p[1] + 2) * 3


p = torch.tensor([3.0, 0.0], dtype=torch.float64)
for k in range(6):
    p.requires_grad_(True)
    (g,) = torch.autograd.grad(f(p), p)
    H = hessian(f, p.detach())
    p = (p - torch.linalg.solve(H, g)).detach()
    print(k, [round(v, 6) for v in p.tolist()])
