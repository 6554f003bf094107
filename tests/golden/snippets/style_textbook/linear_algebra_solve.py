# Solving a small linear system and checking inverse, determinant and norms.
import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
x = torch.linalg.solve(A, b)
print(x, torch.allclose(A @ x, b))
print(torch.linalg.inv(A))
print(torch.linalg.det(A), torch.det(A))
print(torch.linalg.norm(b), torch.linalg.norm(A, 'fro'), torch.norm(b, p=1))
print(torch.linalg.matrix_rank(A), torch.trace(A))
print(torch.eye(3), torch.diag(torch.tensor([1.0, 2.0])))
