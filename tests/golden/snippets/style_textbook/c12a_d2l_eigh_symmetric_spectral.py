# Eigendecomposition of symmetric matrices: eigh, reconstruction, orthogonality and Rayleigh quotients.
import torch

A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], dtype=torch.float64)
L, Q = torch.linalg.eigh(A)
print(L)
print(Q.abs())
print(torch.allclose(Q @ torch.diag(L) @ Q.T, A), torch.allclose(Q.T @ Q, torch.eye(3, dtype=torch.float64)))
print(torch.linalg.eigvalsh(A), L.sum(), torch.trace(A), L.prod(), torch.det(A))
x = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64)
print((x @ A @ x / (x @ x)).item(), L.min().item() <= (x @ A @ x / (x @ x)).item() <= L.max().item())
B = torch.tensor([[2.0, -1.0], [-1.0, 2.0]])
lb, qb = torch.linalg.eigh(B)
print(lb, qb.abs())
print(torch.linalg.eigh(B, UPLO="U").eigenvalues)
sqrtB = qb @ torch.diag(lb.sqrt()) @ qb.T
print(sqrtB @ sqrtB)
print(torch.all(torch.linalg.eigvalsh(A) > 0), torch.linalg.matrix_rank(A))
