# Shifted inverse iteration finds the eigenvalue nearest the shift.
import torch

A = torch.tensor([[6.0, 2.0, 1.0], [2.0, 3.0, 1.0], [1.0, 1.0, 1.0]], dtype=torch.float64)
shift = 2.5
v = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64)
M = A - shift * torch.eye(3, dtype=torch.float64)
for k in range(8):
    v = torch.linalg.solve(M, v)
    v = v / v.norm()
rq = (v @ A @ v) / (v @ v)
print(f"rayleigh {rq.item():.10f}")
print(torch.linalg.eigvalsh(A).round(decimals=10))
