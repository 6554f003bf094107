# Levenberg-Marquardt step with damping on J^T J
import torch
from torch.autograd.functional import jacobian
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([2.1, 3.9, 8.2, 15.8])
res = lambda p: p[0] * x ** p[1] - y
p = torch.tensor([1.0, 1.0])
lam = 1e-2
for k in range(5):
    J = jacobian(res, p)
    A = J.T @ J + lam * torch.eye(2)
    step = torch.linalg.solve(A, -J.T @ res(p))
    if (res(p + step) ** 2).sum() < (res(p) ** 2).sum():
        p, lam = p + step, lam / 10
    else:
        lam *= 10
    print(k, [round(v, 5) for v in p.tolist()], lam)
