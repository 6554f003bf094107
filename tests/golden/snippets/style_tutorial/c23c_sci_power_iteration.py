# Power iteration for the dominant eigenvalue, compared to eigvalsh.
import torch

A = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]], dtype=torch.float64)
v = torch.ones(3, dtype=torch.float64)
for _ in range(100):
    v = A @ v
    v = v / torch.linalg.norm(v)
lam = v @ A @ v
print(round(lam.item(), 8))
print(round(torch.linalg.eigvalsh(A)[-1].item(), 8))
print(torch.linalg.norm(v).round(decimals=12))
