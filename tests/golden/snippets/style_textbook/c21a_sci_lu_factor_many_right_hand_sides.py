# Factor once with lu_factor, then solve for several right-hand sides.
import torch

A = torch.tensor([[2.0, 1.0, 1.0], [4.0, -6.0, 0.0], [-2.0, 7.0, 2.0]], dtype=torch.float64)
LU, pivots = torch.linalg.lu_factor(A)
print(pivots)
B = torch.tensor([[5.0, 1.0], [-2.0, 0.0], [9.0, 0.0]], dtype=torch.float64)
X = torch.linalg.lu_solve(LU, pivots, B)
print(X)
print(torch.allclose(A @ X, B))
P, L, U = torch.linalg.lu(A)
print(L.diagonal(), U.diagonal())
