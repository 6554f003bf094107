# Interpolating sin at Chebyshev nodes with a Vandermonde solve, error printed coarsely.
import math
import torch

n = 6
k = torch.arange(n, dtype=torch.float64)
nodes = torch.cos((2 * k + 1) * math.pi / (2 * n))
V = torch.linalg.vander(nodes, N=n)
c = torch.linalg.solve(V, torch.sin(nodes))
grid = torch.linspace(-1, 1, 50, dtype=torch.float64)
err = (torch.linalg.vander(grid, N=n) @ c - torch.sin(grid)).abs().max()
print(V.shape, err.item() < 1e-4)
print(nodes.round(decimals=4))
