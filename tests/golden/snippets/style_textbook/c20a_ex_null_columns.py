# Exercise: tell if a given 2D tensor has null columns
import torch

torch.manual_seed(0)
Z = torch.randint(0, 3, (3, 10))
print(Z)
print((~Z.any(dim=0)).any())
print(Z.eq(0).all(dim=0).nonzero().flatten())
