# Exercise: with a four-dimensional tensor, get the sum over the last two axes at once
import torch

torch.manual_seed(0)
A = torch.randint(0, 10, (3, 4, 3, 4))
print(A.sum(dim=(-2, -1)))
print(A.view(A.shape[:-2] + (-1,)).sum(dim=-1))
print(A.sum(axis=(-2, -1), keepdim=True).shape)
