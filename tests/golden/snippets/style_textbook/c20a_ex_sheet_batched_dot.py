# Exercise: row-wise dot products of two (N, D) matrices
import torch

torch.manual_seed(0)
A = torch.randn(4, 3)
B = torch.randn(4, 3)
print((A * B).sum(dim=1))
print(torch.einsum("nd,nd->n", A, B))
print(torch.bmm(A.unsqueeze(1), B.unsqueeze(2)).squeeze())
print(torch.linalg.vecdot(A, B))
