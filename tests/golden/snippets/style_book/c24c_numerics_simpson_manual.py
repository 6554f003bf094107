# Section 10.4: Simpson's rule by slicing
import torch

n = 8
x = torch.linspace(0, 2, n + 1, dtype=torch.float64)
f = x * x * x * x
h = (x[1] - x[0]).item()
simpson = h / 3 * (f[0] + 4 * f[1:-1:2].sum() + 2 * f[2:-1:2].sum() + f[-1])
print(f"{simpson.item():.10f}", 32 / 5)
print(f"{torch.trapezoid(f, x).item():.10f}")
