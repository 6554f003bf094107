# Optimisation chapter: Newton's method on the Rosenbrock function with autograd.functional.hessian.
import torch
from torch.autograd.functional import hessian

def rosen(p):
    x, y = p[0], p[1]
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

p = torch.tensor([-1.2, 1.0], dtype=torch.float64)
for it in range(7):
    q = p.clone().requires_grad_()
    g, = torch.autograd.grad(rosen(q), q)
    H = hessian(rosen, p)
    step = torch.linalg.solve(H, g)
    p = p - step
    print(it, p.tolist(), rosen(p).item())
print(hessian(rosen, torch.tensor([1.0, 1.0], dtype=torch.float64)))
H = hessian(rosen, torch.tensor([0.0, 0.0]))
print(H, torch.linalg.eigvalsh(H))
