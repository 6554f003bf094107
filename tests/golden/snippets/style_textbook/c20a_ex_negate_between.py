# Exercise: given a 1D tensor, negate all elements which are between 3 and 8, in place
import torch

Z = torch.arange(11)
Z[(3 < Z) & (Z < 8)] *= -1
print(Z)
# Exercise: what do sum(range(5), -1) and torch.sum(torch.arange(5), -1) print?
print(sum(range(5), -1))
print(torch.sum(torch.arange(5), -1))
