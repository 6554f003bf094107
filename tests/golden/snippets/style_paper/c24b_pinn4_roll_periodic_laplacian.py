# periodic finite-difference Laplacian with torch.roll
import math
import torch

n = 8
h = 2 * math.pi / n
x = torch.arange(n, dtype=torch.float64) * h
u = torch.cos(x)
lap = (torch.roll(u, -1) - 2 * u + torch.roll(u, 1)) / h ** 2
print(lap.round(decimals=4))
print(((lap + u).abs().max() < 0.06).item())
print(torch.roll(torch.arange(5), shifts=2))
