# A symmetric matrix from its eigen-decomposition.
import torch

S = torch.tensor([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]], dtype=torch.float64)
L, Q = torch.linalg.eigh(S)
print(L)
print(torch.allclose(Q @ torch.diag(L) @ Q.T, S))
print(torch.allclose(Q.T @ Q, torch.eye(3, dtype=torch.float64)))
print(torch.linalg.eigvalsh(S))
print(torch.linalg.eigvals(torch.tensor([[0.0, -1.0], [1.0, 0.0]])))
