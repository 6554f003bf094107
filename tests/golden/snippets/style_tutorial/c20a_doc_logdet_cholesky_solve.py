# torch.logdet, torch.cholesky_solve, torch.linalg.householder_product-free checks, torch.det
import torch

A = torch.tensor([[4., 2.], [2., 3.]], dtype=torch.float64)
print(torch.logdet(A), torch.det(A).log())
L = torch.linalg.cholesky(A)
b = torch.tensor([[1.], [2.]], dtype=torch.float64)
print(torch.cholesky_solve(b, L))
print(torch.linalg.solve(A, b))
print(torch.logdet(torch.tensor([[1., 0.], [0., -1.]])))
print(torch.linalg.slogdet(torch.tensor([[1., 0.], [0., -1.]])))
