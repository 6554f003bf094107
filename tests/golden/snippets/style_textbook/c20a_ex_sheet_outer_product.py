# Exercise: outer product four ways
import torch

a = torch.tensor([1., 2., 3.])
b = torch.tensor([10., 20.])
print(a[:, None] * b[None, :])
print(torch.outer(a, b))
print(torch.einsum("i,j->ij", a, b))
print(a.unsqueeze(1) @ b.unsqueeze(0))
print(torch.ger(a, b).shape)
