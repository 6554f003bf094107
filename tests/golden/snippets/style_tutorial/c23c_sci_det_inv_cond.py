# Determinant, inverse and condition number of a nearly singular matrix.
import torch

for eps in [1.0, 1e-3, 1e-8]:
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]], dtype=torch.float64)
    print(eps, f"{torch.linalg.det(A).item():.3e}", f"{torch.linalg.cond(A).item():.3e}")
A = torch.tensor([[2.0, 1.0], [1.0, 1.0]], dtype=torch.float64)
print(torch.linalg.inv(A))
print(torch.linalg.matrix_rank(torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)))
