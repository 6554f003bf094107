# Norms and their properties: L1/L2/Frobenius, the triangle inequality, homogeneity, and dot products.
import torch

u = torch.tensor([3.0, -4.0])
v = torch.tensor([1.0, 2.0])
print(torch.norm(u), torch.abs(u).sum(), torch.linalg.norm(u, ord=1))
print(torch.norm(torch.ones((4, 9))), torch.linalg.matrix_norm(torch.ones((4, 9))))
print(torch.norm(u + v) <= torch.norm(u) + torch.norm(v))
print(torch.norm(-3 * u) == 3 * torch.norm(u))
print(torch.dot(u, v), torch.sum(u * v), u @ v)
A = torch.arange(6, dtype=torch.float32).reshape(2, 3)
print(A.norm(dim=1), torch.linalg.norm(A, dim=0), torch.linalg.norm(A, ord=float('inf'), dim=1))
print(torch.linalg.vector_norm(A, ord=3), torch.linalg.norm(A, 'fro'), torch.linalg.norm(A, 'nuc'))
