# Exercise: get the diagonal of a dot product
import torch

torch.manual_seed(0)
A = torch.rand(5, 5)
B = torch.rand(5, 5)
print(torch.diag(A @ B))
print(torch.sum(A * B.T, dim=1))
print(torch.einsum("ij,ji->i", A, B))
