# Exercise: accumulate elements of a vector X to a tensor F based on an index list I
import torch

X = torch.tensor([1., 2, 3, 4, 5, 6])
I = torch.tensor([1, 3, 9, 3, 4, 1])
F = torch.bincount(I, X)
print(F)
print(torch.zeros(10).scatter_add_(0, I, X))
print(torch.bincount(torch.tensor([0, 1, 1, 3])))
