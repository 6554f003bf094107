# Golden-section search for the minimum of a unimodal function.
import math
import torch

f = lambda x: (x - 1.3) ** 2 + torch.sin(3 * x) * 0.2
a, b = torch.tensor(0.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
phi = (math.sqrt(5) - 1) / 2
for it in range(30):
    c = b - phi * (b - a)
    d = a + phi * (b - a)
    if f(c) < f(d):
        b = d
    else:
        a = c
xmin = (a + b) / 2
print(f"{xmin.item():.6f} {f(xmin).item():.6f}")
print(f"interval width {(b - a).item():.2e}")
