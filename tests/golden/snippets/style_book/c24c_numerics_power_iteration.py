# Section 11.1: power iteration for the largest eigenvalue (elementwise products only)
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0]], dtype=torch.float64)
v = torch.tensor([1.0, 0.0], dtype=torch.float64)
for k in range(30):
    w = (A * v).sum(dim=1)
    v = w / w.abs().max()
lam = ((A * v).sum(dim=1) * v).sum() / (v * v).sum()
print(round(lam.item(), 8), v.round(decimals=6))
print(torch.linalg.eigvalsh(A).round(decimals=6))
