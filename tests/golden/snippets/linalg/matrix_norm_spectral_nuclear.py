# Nuclear and spectral matrix norms (ord nuc, 2, -2) from singular values, batched, keepdim, gradient.
import torch
torch.manual_seed(0)
A = torch.randn(3, 4)
B = torch.randn(2, 3, 3, requires_grad=True)
print(torch.linalg.matrix_norm(A, 'nuc'), torch.linalg.matrix_norm(A, 2), torch.linalg.matrix_norm(A, -2))
print(torch.linalg.norm(A, 'nuc'), torch.linalg.norm(A, 2))
n = torch.linalg.matrix_norm(B, 'nuc'); print(n)
n.sum().backward(); print(B.grad[0])
print(torch.linalg.matrix_norm(B, 2, keepdim=True).shape, torch.linalg.matrix_norm(A, 'nuc', dim=(1, 0)))
