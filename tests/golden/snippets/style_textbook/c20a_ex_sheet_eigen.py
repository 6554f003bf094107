# Exercise: eigenvalues of a symmetric matrix and reconstruction
import torch

A = torch.tensor([[2., 1.], [1., 2.]], dtype=torch.float64)
L, Q = torch.linalg.eigh(A)
print(L)
print(Q @ torch.diag(L) @ Q.T)
print(torch.linalg.eigvalsh(A))
ev = torch.linalg.eigvals(torch.tensor([[0., -1.], [1., 0.]]))
print(ev)
