# Linear algebra chapter: eigendecomposition of a symmetric matrix.
import torch

A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], dtype=torch.float64)
L, Q = torch.linalg.eigh(A)
print(L)
print(torch.allclose(Q @ torch.diag(L) @ Q.T, A))
print(torch.allclose(Q.T @ Q, torch.eye(3, dtype=torch.float64)))
print(torch.linalg.eigvalsh(A))
print(L.sum().item(), torch.trace(A).item())
print(L.prod().item(), torch.linalg.det(A).item())
x = torch.ones(3, dtype=torch.float64)
for _ in range(50):
    x = A @ x
    x = x / x.norm()
print((x @ A @ x).item())
