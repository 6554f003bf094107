# Exercise: given a two-dimensional tensor, extract unique rows
import torch

torch.manual_seed(0)
Z = torch.randint(0, 2, (6, 3))
print(Z)
uZ, inverse, counts = torch.unique(Z, dim=0, return_inverse=True, return_counts=True)
print(uZ)
print(inverse, counts)
