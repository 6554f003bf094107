# per-point error norms with vector_norm(dim, keepdim) and matrix norms
import torch

err = torch.tensor([[3.0, 4.0], [0.0, 1.0], [1.0, 1.0]], dtype=torch.float64)
print(torch.linalg.vector_norm(err, dim=1))
print(torch.linalg.vector_norm(err, ord=1, dim=1, keepdim=True))
print(torch.linalg.vector_norm(err, ord=float("inf")))
print(torch.linalg.matrix_norm(err, ord="fro").round(decimals=6))
try:
    torch.linalg.matrix_norm(err[0])
except RuntimeError as e:
    print("RuntimeError:", e)
