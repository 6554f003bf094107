# Exercise: given a 10x3 matrix, extract rows with unequal values (e.g. [2,2,3])
import torch

torch.manual_seed(0)
Z = torch.randint(0, 3, (10, 3))
print(Z)
E = (Z[:, 1:] == Z[:, :-1]).all(dim=1)
print(Z[~E])
print(Z[Z.max(dim=1).values != Z.min(dim=1).values].shape)
