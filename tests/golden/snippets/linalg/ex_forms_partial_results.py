# What the _ex forms hand back when LAPACK stops: info, and the half-finished result
import torch

K = torch.tensor([[4.0, 2.0, 1.0], [2.0, 1.0, 3.0], [1.0, 3.0, 2.0]])
L, info = torch.linalg.cholesky_ex(K)
print(info)
print(L)
print(torch.linalg.cholesky_ex(K, upper=True).L)
batch = torch.stack([torch.eye(3), K, -torch.eye(3)])
print(torch.linalg.cholesky_ex(batch).info)
try:
    torch.linalg.cholesky(batch)
except RuntimeError as e:
    print(e)
S = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]], dtype=torch.float64)
inverse, info = torch.linalg.inv_ex(S)
print(info, inverse)
print(torch.linalg.solve_ex(S, torch.ones(3, dtype=torch.float64)))
C = torch.tensor([[4.0, 9.0], [1.0, 3.0]])
print(torch.linalg.cholesky_ex(C).L, torch.linalg.cholesky_ex(C, upper=True).info)
A = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]], dtype=torch.float64, requires_grad=True)
L, info = torch.linalg.cholesky_ex(A - 3 * torch.eye(3, dtype=torch.float64))
L.sum().backward()
print(info, A.grad)
