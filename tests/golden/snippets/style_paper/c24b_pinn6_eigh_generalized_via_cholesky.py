# generalized eigenproblem K v = w M v reduced with Cholesky (rounded)
import torch

K = torch.tensor([[2.0, -1.0], [-1.0, 2.0]], dtype=torch.float64)
M = torch.tensor([[2.0, 0.0], [0.0, 1.0]], dtype=torch.float64)
L = torch.linalg.cholesky(M)
Linv = torch.linalg.inv(L)
A = Linv @ K @ Linv.T
w = torch.linalg.eigvalsh(A)
print(w.round(decimals=6))
print(torch.allclose(A, A.T))
