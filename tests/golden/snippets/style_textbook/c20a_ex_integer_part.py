# Exercise: extract the integer part of a random tensor of positive numbers using 4 methods
import torch

torch.manual_seed(0)
Z = torch.rand(10) * 10
print(Z - Z % 1)
print(Z // 1)
print(torch.floor(Z))
print(Z.to(torch.int32))
print(torch.trunc(Z))
