# vec(AXB) = (B^T kron A) vec(X), with column-major vec
import torch

A = torch.tensor([[1.0, 2.0], [0.0, 1.0]])
X = torch.tensor([[1.0, -1.0], [2.0, 0.5]])
B = torch.tensor([[3.0, 0.0], [1.0, 1.0]])
vec = lambda M: M.T.reshape(-1)
lhs = vec(A @ X @ B)
rhs = torch.kron(B.T, A) @ vec(X)
print(lhs, rhs)
print(torch.equal(lhs, rhs))
print(torch.kron(torch.eye(2), A))
