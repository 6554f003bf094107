# torch.linalg.lu_factor / lu / lu_solve, cholesky_ex, inv_ex, solve_triangular
import torch

A = torch.tensor([[4., 3.], [6., 3.]], dtype=torch.float64)
LU, pivots = torch.linalg.lu_factor(A)
print(LU, pivots)
P, L, U = torch.linalg.lu(A)
print(P, L, U, sep="\n")
B = torch.tensor([[1.], [2.]], dtype=torch.float64)
print(torch.linalg.lu_solve(LU, pivots, B))
S = torch.tensor([[4., 2.], [2., 3.]])
print(torch.linalg.cholesky_ex(S))
print(torch.linalg.inv_ex(S).inverse)
T = torch.tensor([[2., 0.], [1., 4.]])
print(torch.linalg.solve_triangular(T, torch.tensor([[2.], [9.]]), upper=False))
