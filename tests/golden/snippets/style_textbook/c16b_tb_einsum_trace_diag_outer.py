# einsum recipes: trace, diagonal, outer product, transpose, batched dot.
import torch

A = torch.arange(9.0).view(3, 3)
u = torch.tensor([1.0, 2.0, 3.0])
print(torch.einsum('ii->', A), torch.einsum('ii->i', A))
print(torch.einsum('i,j->ij', u, u[:2]))
print(torch.einsum('ij->ji', A))
X = torch.arange(12.0).view(2, 2, 3)
print(torch.einsum('bij,bij->b', X, X))
print(torch.einsum('...j,j->...', X, u))
print(torch.einsum('ij,jk', A, A))
