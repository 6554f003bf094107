# Exercise: a vector of size 10 with values from 0 to 1, both excluded
import torch

Z = torch.linspace(0, 1, 12)[1:-1]
print(Z)
print(Z.shape)
# Exercise: a random vector of size 10, sorted
torch.manual_seed(5)
Z = torch.rand(10)
print(Z.sort().values)
