# Q: einsum: batch matrix multiply, traces, transposes, and its error messages.
import torch

torch.manual_seed(0)
A = torch.randn(2, 3, 4)
B = torch.randn(2, 4, 5)
print(torch.einsum('bij,bjk->bik', A, B).shape, torch.allclose(torch.einsum('bij,bjk->bik', A, B), A @ B, atol=1e-6))
M = torch.arange(9.).view(3, 3)
print(torch.einsum('ii', M), torch.einsum('ii->i', M), torch.einsum('ij->ji', M))
print(torch.einsum('ij,ij->', M, M), (M * M).sum())
print(torch.einsum('i,i', torch.tensor([1., 2.]), torch.tensor([3., 4.])))
try:
    torch.einsum('ij,jk->ik', M, torch.ones(4, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.einsum('ij->ijk', M)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.einsum('ijk', M)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.einsum('...ij->...ji', A).shape, torch.einsum('bij->b', A))
