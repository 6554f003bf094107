# Numerical integration chapter: trapezoid (torch.trapezoid) and Simpson's rule vs exact integrals.
import math
import torch

for n in (5, 9, 17, 33):
    x = torch.linspace(0, math.pi, n, dtype=torch.float64)
    y = torch.sin(x)
    trap = torch.trapezoid(y, x)
    h = x[1] - x[0]
    simpson = h / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum())
    print(n, f"{trap.item():.12f}", f"{simpson.item():.12f}", f"{abs(trap.item() - 2):.3e}", f"{abs(simpson.item() - 2):.3e}")
x = torch.linspace(0, 1, 11)
print(torch.trapezoid(x ** 2, dx=0.1), torch.trapezoid(x ** 2, x))
print(torch.cumulative_trapezoid(x ** 2, x)[-3:])
Y = torch.stack([x, x ** 2, x ** 3])
print(torch.trapezoid(Y, x, dim=1))
