# Exercise: write sum, mul, inner, outer with einsum
import torch

torch.manual_seed(0)
A = torch.rand(4)
B = torch.rand(4)
print(torch.einsum('i->', A), A.sum())
print(torch.einsum('i,i->i', A, B), A * B)
print(torch.einsum('i,i', A, B), torch.inner(A, B))
print(torch.einsum('i,j->ij', A, B).equal(torch.outer(A, B)))
