# One damped Gauss-Newton (Levenberg-Marquardt) step for several damping values.
import torch
from torch.autograd.functional import jacobian

t = torch.tensor([0.0, 1.0, 2.0, 3.0], dtype=torch.float64)
y = torch.tensor([2.0, 1.2, 0.75, 0.45], dtype=torch.float64)
resid = lambda p: p[0] * torch.exp(p[1] * t) - y
p = torch.tensor([1.0, 0.0], dtype=torch.float64)
J = jacobian(resid, p)
r = resid(p)
for lam in [0.0, 1.0, 100.0]:
    step = torch.linalg.solve(J.T @ J + lam * torch.eye(2, dtype=torch.float64), -J.T @ r)
    new = p + step
    print(lam, step.round(decimals=4), round((resid(new) ** 2).sum().item(), 5))
