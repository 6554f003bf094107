# Batched matrix products: bmm, matmul broadcasting and einsum notation.
import torch

torch.manual_seed(0)
A = torch.ones(2, 3, 4)
B = torch.ones(2, 4, 5)
print(torch.bmm(A, B).shape, torch.matmul(A, B[0]).shape)
X = torch.arange(6.0).reshape(2, 3)
print(torch.einsum('ij->ji', X))
print(torch.einsum('ij->', X), torch.einsum('ij->j', X))
print(torch.einsum('i,i->', torch.arange(3.0), torch.arange(3.0)))
print(torch.einsum('i,j->ij', torch.arange(2.0), torch.arange(3.0)))
print(torch.einsum('bij,bjk->bik', A, B)[0, 0, :2])
print(torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4])))
try:
    torch.bmm(A, A)
except RuntimeError as e:
    print(e)
