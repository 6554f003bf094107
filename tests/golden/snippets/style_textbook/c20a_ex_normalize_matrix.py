# Exercise: normalize a 5x5 random matrix
import torch

torch.manual_seed(0)
Z = torch.rand(5, 5)
Z = (Z - Z.mean()) / Z.std()
print(Z)
# min-max normalisation per column
W = torch.rand(5, 3)
W = (W - W.min(0).values) / (W.max(0).values - W.min(0).values)
print(W)
