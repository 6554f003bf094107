# Q: einsum recipes: trace, diagonal, outer, batch matmul, bilinear, and the errors for bad subscripts.
import torch

A = torch.arange(9.).view(3, 3)
v = torch.tensor([1., 2., 3.])
print(torch.einsum('ii', A), torch.einsum('ii->i', A), torch.einsum('ij->ji', A))
print(torch.einsum('i,j->ij', v, v), torch.einsum('i,i->', v, v), torch.einsum('ij,j->i', A, v))
B = torch.arange(24.).view(2, 3, 4)
C = torch.arange(8.).view(2, 4, 1)
print(torch.einsum('bij,bjk->bik', B, C))
print(torch.einsum('...ij->...ji', B).shape, torch.einsum('bij->b', B))
try:
    torch.einsum('ij,jk->ik', A, v)
except RuntimeError as e:
    print(e)
try:
    torch.einsum('ij,jk', A, torch.ones(4, 2))
except RuntimeError as e:
    print(e)
print(torch.einsum('i,ij,j->', v, A, v), v @ A @ v)
