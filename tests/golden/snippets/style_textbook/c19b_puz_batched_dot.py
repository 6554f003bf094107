# Puzzle: batched dot product three ways
import torch

a = torch.arange(6).reshape(2, 3)
b = torch.tensor([[1, 0, -1], [2, 2, 2]])
print((a * b).sum(1))
print(torch.einsum("ij,ij->i", a, b))
print(torch.bmm(a[:, None, :], b[:, :, None]).flatten())
print((a.float()[:, None, :] @ b.float()[:, :, None]).squeeze())
print(torch.vdot(a[0], b[0]) if False else torch.inner(a, b))
