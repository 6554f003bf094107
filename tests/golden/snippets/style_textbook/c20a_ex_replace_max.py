# Exercise: a random vector of size 10, replace the maximum value by 0
import torch

torch.manual_seed(4)
Z = torch.rand(10)
Z[Z.argmax()] = 0
print(Z)
# the same for every row of a matrix
M = torch.rand(3, 4)
M[torch.arange(3), M.argmax(dim=1)] = 0
print(M)
