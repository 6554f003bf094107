# Two-point Gauss-Legendre quadrature is exact for cubics, via tensor weights and nodes.
import math
import torch

nodes = torch.tensor([-1 / math.sqrt(3), 1 / math.sqrt(3)], dtype=torch.float64)
weights = torch.tensor([1.0, 1.0], dtype=torch.float64)
f = lambda x: 4 * x ** 3 + 3 * x ** 2 + 1
print(round((weights * f(nodes)).sum().item(), 12))
a, b = 0.0, 2.0
xm = (b - a) / 2 * nodes + (a + b) / 2
print(round(((b - a) / 2 * (weights * f(xm)).sum()).item(), 10))
print(nodes.round(decimals=6))
