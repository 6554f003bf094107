# Exercise: sort a tensor by its nth column
import torch

torch.manual_seed(6)
Z = torch.randint(0, 10, (3, 3))
print(Z)
print(Z[Z[:, 1].argsort()])
print(Z[Z[:, 1].argsort(descending=True, stable=True)])
