# a matrix is positive definite iff Cholesky succeeds; check with eigenvalues too
import torch

A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
L = torch.linalg.cholesky(A)
print(L)
print(torch.allclose(L @ L.T, A))
B = torch.tensor([[1.0, 2.0], [2.0, 1.0]])
print(torch.linalg.eigvalsh(B))
L2, info = torch.linalg.cholesky_ex(B)
print(info)
try:
    torch.linalg.cholesky(B)
except RuntimeError as e:
    print(type(e).__name__, e)
