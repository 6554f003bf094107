# Solving a small linear system and checking the residual.
import torch

A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], dtype=torch.float64)
b = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x)
print(torch.linalg.norm(A @ x - b) < 1e-12)
print(x.dtype, x.shape)
B = torch.stack([b, 2 * b], dim=1)
print(torch.linalg.solve(A, B).shape)
try:
    torch.linalg.solve(torch.zeros(2, 2, dtype=torch.float64), torch.ones(2, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__, e)
