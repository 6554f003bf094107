# Newton's method for minimisation: x <- x - H^{-1} g on a smooth convex function.
import torch
from torch.func import grad, hessian

def f(x):
    return torch.log(torch.exp(x[0]) + torch.exp(-x[0])) + x[1] ** 4 / 4 + x[1] ** 2 + 0.5 * x[0] * x[1]

x = torch.tensor([1.0, 1.0], dtype=torch.float64)
for k in range(6):
    g = grad(f)(x)
    H = hessian(f)(x)
    x = x - torch.linalg.solve(H, g)
    print(k, f"{g.norm().item():.3e}", [round(v, 8) for v in x.tolist()])
