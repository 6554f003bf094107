# Implicit Euler for a stiff ODE y' = -50 (y - cos t): each step solves g(y) = 0 by Newton with autograd.
import math
import torch

h, y, t = 0.1, torch.tensor(0.0, dtype=torch.float64), 0.0
for step in range(3):
    t += h
    z = y.clone().requires_grad_()
    for _ in range(5):
        g = z - y - h * (-50.0 * (z - math.cos(t)))
        (dg,) = torch.autograd.grad(g, z)
        z = (z - g / dg).detach().requires_grad_()
    y = z.detach()
    print(step, round(y.item(), 8))
print(round(dg.item(), 6))
