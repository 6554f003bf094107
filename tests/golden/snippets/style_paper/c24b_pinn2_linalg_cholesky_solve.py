# SPD systems via cholesky and cholesky_solve; a non-SPD matrix refused
import torch

A = torch.tensor([[4.0, 2.0], [2.0, 3.0]], dtype=torch.float64)
b = torch.tensor([[2.0], [1.0]], dtype=torch.float64)
L = torch.linalg.cholesky(A)
print(L.round(decimals=6))
x = torch.cholesky_solve(b, L)
print(x.round(decimals=6))
print(torch.allclose(A @ x, b))
try:
    torch.linalg.cholesky(torch.tensor([[1.0, 2.0], [2.0, 1.0]], dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__, e)
