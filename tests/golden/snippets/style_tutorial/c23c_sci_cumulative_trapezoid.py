# Antiderivative on a grid with cumulative_trapezoid, compared to cumsum (left Riemann).
import torch

x = torch.linspace(0, 2, 5, dtype=torch.float64)
f = 2 * x
ct = torch.cumulative_trapezoid(f, x)
print(ct)
print(x[1:] ** 2)
dx = x[1] - x[0]
left = torch.cumsum(f[:-1] * dx, dim=0)
print(left)
print(torch.cumulative_trapezoid(f, dx=0.5).shape)
