# Gauss-Seidel sweeps for a tridiagonal system, residual norm after each sweep.
import torch

n = 5
A = 4 * torch.eye(n, dtype=torch.float64) - torch.diag(torch.ones(n - 1, dtype=torch.float64), 1) \
    - torch.diag(torch.ones(n - 1, dtype=torch.float64), -1)
b = torch.arange(1, n + 1, dtype=torch.float64)
x = torch.zeros(n, dtype=torch.float64)
for sweep in range(1, 7):
    for i in range(n):
        x[i] = (b[i] - A[i, :i] @ x[:i] - A[i, i + 1:] @ x[i + 1:]) / A[i, i]
    print(sweep, f"{torch.linalg.norm(b - A @ x).item():.3e}")
print(x.round(decimals=6))
