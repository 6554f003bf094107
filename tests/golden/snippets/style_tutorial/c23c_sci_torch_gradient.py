# torch.gradient for derivatives on a grid: spacing, edge_order, and multiple dims.
import torch

x = torch.linspace(0, 1, 5, dtype=torch.float64)
y = x ** 2
(g,) = torch.gradient(y, spacing=(x,))
print(g)
(g2,) = torch.gradient(y, spacing=0.25, edge_order=2)
print(g2)
z = torch.arange(12, dtype=torch.float64).reshape(3, 4) ** 2
gy, gx = torch.gradient(z)
print(gy)
print(gx)
print(torch.diff(y), torch.diff(y, n=2))
