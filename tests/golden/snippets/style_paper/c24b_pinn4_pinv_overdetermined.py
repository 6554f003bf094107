# pseudo-inverse of a tall collocation matrix (rounded)
import torch

A = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
P = torch.linalg.pinv(A)
print(P.shape)
print(P.round(decimals=6))
print(torch.allclose(P @ A, torch.eye(2, dtype=torch.float64)))
