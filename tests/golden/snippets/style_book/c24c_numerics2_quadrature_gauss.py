# Section 10.5: two-point Gauss-Legendre vs trapezoid on a cubic
import torch

f = lambda t: t * t * t + t * t
nodes = torch.tensor([-1.0, 1.0], dtype=torch.float64) / 3 ** 0.5
weights = torch.tensor([1.0, 1.0], dtype=torch.float64)
gauss = (weights * f(nodes)).sum()
x = torch.linspace(-1, 1, 3, dtype=torch.float64)
print(f"{gauss.item():.12f}", 2 / 3)
print(torch.trapezoid(f(x), x).item())
