# linalg.solve mistakes: singular matrix, shape mismatch, mixed dtypes
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)
b = torch.tensor([1.0, 1.0], dtype=torch.float64)
try:
    torch.linalg.solve(A, b)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.linalg.solve(torch.eye(2, dtype=torch.float64), torch.ones(3, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.linalg.solve(torch.eye(2, dtype=torch.float64), torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.linalg.solve(torch.eye(2, dtype=torch.float64) * 2, b))
