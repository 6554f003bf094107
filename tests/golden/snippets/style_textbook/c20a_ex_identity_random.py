# Exercise: a 3x3 identity matrix, then a 3x3x3 random tensor
import torch

print(torch.eye(3))
torch.manual_seed(42)
Z = torch.rand(3, 3, 3)
print(Z)
# Exercise: a 10x10 random tensor, find its minimum and maximum
Z = torch.rand(10, 10)
Zmin, Zmax = Z.min(), Z.max()
print(Zmin, Zmax)
