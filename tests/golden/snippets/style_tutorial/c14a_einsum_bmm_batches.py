# Batched products in the tutorials: bmm, matmul broadcasting, einsum spellings, and their shape errors.
import torch

torch.manual_seed(1477)
A = torch.randn(4, 2, 3)
B = torch.randn(4, 3, 5)
print(torch.bmm(A, B).shape, (A @ B).shape, torch.einsum('bij,bjk->bik', A, B).shape)
print(torch.allclose(torch.bmm(A, B), torch.einsum('bij,bjk->bik', A, B)))
v = torch.randn(3)
print((A @ v).shape, torch.matmul(v, B).shape, (A @ B[0]).shape)
print(torch.einsum('i,i->', v, v), v.dot(v), torch.einsum('ii->i', torch.eye(3) * 2))
print(torch.einsum('ij->ji', A[0]).shape, torch.einsum('bij->b', A))
try:
    torch.bmm(A, B.transpose(1, 2))
except RuntimeError as e:
    print(e)
try:
    torch.bmm(A[0], B[0])
except RuntimeError as e:
    print(e)
print(torch.outer(torch.arange(3.0), torch.arange(2.0)))
