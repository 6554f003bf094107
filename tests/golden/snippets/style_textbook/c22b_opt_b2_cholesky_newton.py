import torch

torch.manual_seed(6)
A = torch.randn(4, 4, dtype=torch.float64)
H = A @ A.T + torch.eye(4, dtype=torch.float64)
g = torch.randn(4, 1, dtype=torch.float64)
L = torch.linalg.cholesky(H)
step = torch.cholesky_solve(g, L)
print(torch.allclose(H @ step, g))
print(torch.linalg.cholesky_ex(H).info)
try:
    torch.linalg.cholesky(-H)
except torch.linalg.LinAlgError as e:
    print(type(e).__name__, str(e)[:60])
print(torch.linalg.solve_triangular(L, g, upper=False).shape)
