# eigh silently reads one triangle of a non-symmetric matrix
import torch

A = torch.tensor([[1.0, 5.0], [0.0, 2.0]], dtype=torch.float64)
print(torch.linalg.eigvalsh(A).round(decimals=6))
print(torch.linalg.eigvalsh(A, UPLO="U").round(decimals=6))
print(torch.linalg.eigvals(A))
try:
    torch.linalg.eigh(torch.ones(2, 3, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.linalg.eigh(A, UPLO="X")
except RuntimeError as e:
    print("RuntimeError:", e)
