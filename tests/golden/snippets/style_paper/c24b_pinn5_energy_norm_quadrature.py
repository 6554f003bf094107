# Gauss-Legendre-like weights by hand and a weighted residual norm (float64)
import torch

nodes = torch.tensor([-0.5773502691896257, 0.5773502691896257], dtype=torch.float64)
weights = torch.tensor([1.0, 1.0], dtype=torch.float64)
f = nodes ** 2
print(round((weights * f).sum().item(), 12))
res = torch.tensor([0.1, -0.2], dtype=torch.float64)
print(round(torch.sqrt((weights * res ** 2).sum()).item(), 12))
