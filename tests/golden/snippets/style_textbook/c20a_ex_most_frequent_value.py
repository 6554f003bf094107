# Exercise: find the most frequent value in a tensor
import torch

torch.manual_seed(0)
Z = torch.randint(0, 10, (50,))
print(torch.bincount(Z).argmax())
print(torch.mode(Z))
values, counts = Z.unique(return_counts=True)
print(values[counts.argmax()], counts.max())
