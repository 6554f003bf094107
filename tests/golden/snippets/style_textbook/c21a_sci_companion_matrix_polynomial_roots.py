# Roots of x^3 - 6x^2 + 11x - 6 as eigenvalues of its companion matrix.
import torch

coeffs = torch.tensor([-6.0, 11.0, -6.0], dtype=torch.float64)
n = len(coeffs)
C = torch.zeros(n, n, dtype=torch.float64)
C[1:, :-1] = torch.eye(n - 1, dtype=torch.float64)
C[:, -1] = -coeffs.flip(0)
print(C)
roots = torch.linalg.eigvals(C)
print(roots.dtype)
print(torch.sort(roots.real).values.round(decimals=8))
