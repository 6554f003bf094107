# Vector and matrix norms from torch.linalg on a small matrix.
import torch

A = torch.tensor([[1.0, -2.0], [3.0, 4.0]], dtype=torch.float64)
v = torch.tensor([3.0, -4.0], dtype=torch.float64)
print(torch.linalg.vector_norm(v), torch.linalg.vector_norm(v, ord=1), torch.linalg.vector_norm(v, ord=float("inf")))
print(torch.linalg.matrix_norm(A), torch.linalg.matrix_norm(A, ord=1), torch.linalg.matrix_norm(A, ord=float("inf")))
print(torch.linalg.norm(A, dim=1))
print(torch.linalg.matrix_norm(A, ord=2).round(decimals=6))
try:
    torch.linalg.matrix_norm(v)
except RuntimeError as e:
    print("RuntimeError:", e)
