# Linear algebra chapter: vector and matrix norms.
import torch

u = torch.tensor([3.0, -4.0])
print(torch.norm(u), torch.abs(u).sum())
print(torch.linalg.vector_norm(u, ord=1), torch.linalg.vector_norm(u, ord=float("inf")))
print(torch.linalg.vector_norm(u, ord=3))
A = torch.ones((4, 9))
print(torch.norm(A))
M = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.linalg.matrix_norm(M))
print(torch.linalg.matrix_norm(M, ord=1), torch.linalg.matrix_norm(M, ord=float("inf")))
print(torch.linalg.matrix_norm(M, ord=2))
print(torch.linalg.matrix_norm(M, ord="nuc"))
print(torch.linalg.norm(M, dim=1))
print(M.norm(p=1, dim=0))
