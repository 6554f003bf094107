# Exercise: find common values between two tensors
import torch

torch.manual_seed(3)
Z1 = torch.randint(0, 10, (10,))
Z2 = torch.randint(0, 10, (10,))
print(Z1, Z2)
common = Z1[torch.isin(Z1, Z2)].unique()
print(common)
print(torch.isin(Z1, Z2, invert=True))
