# Exercise: round away from zero a float tensor
import torch

torch.manual_seed(7)
Z = torch.empty(10).uniform_(-10, +10)
print(Z)
print(torch.copysign(torch.ceil(torch.abs(Z)), Z))
print(torch.where(Z > 0, torch.ceil(Z), torch.floor(Z)))
