# Exercise: a 5x5 matrix with row values ranging from 0 to 4
import torch

Z = torch.zeros((5, 5))
Z += torch.arange(5)
print(Z)
print(torch.arange(5).expand(5, 5))
print(torch.arange(5).repeat(5, 1).T)
