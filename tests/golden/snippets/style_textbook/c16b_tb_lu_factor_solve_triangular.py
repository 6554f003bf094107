# LU factorisation and triangular solves.
import torch

A = torch.tensor([[4.0, 3.0, 0.0], [6.0, 3.0, 1.0], [0.0, 2.0, 5.0]], dtype=torch.float64)
LU, piv = torch.linalg.lu_factor(A)
print(piv)
b = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
print(torch.linalg.lu_solve(LU, piv, b).squeeze())
P, L, U = torch.linalg.lu(A)
print(torch.allclose(P @ L @ U, A), L.diagonal())
T = torch.tensor([[2.0, 0.0], [1.0, 4.0]], dtype=torch.float64)
print(torch.linalg.solve_triangular(T, torch.tensor([[2.0], [9.0]], dtype=torch.float64), upper=False))
