# torch.linalg.inv, det, slogdet, solve
import torch

torch.manual_seed(0)
A = torch.randn(4, 4, dtype=torch.float64)
Ainv = torch.linalg.inv(A)
print(torch.dist(A @ Ainv, torch.eye(4, dtype=torch.float64)) < 1e-12)
print(torch.linalg.det(A))
print(torch.linalg.slogdet(A))
B = torch.randn(4, dtype=torch.float64)
x = torch.linalg.solve(A, B)
print(x)
print(torch.allclose(A @ x, B))
print(torch.linalg.matrix_rank(torch.ones(3, 3)))
