# Exercise: find the closest value (to a given scalar) in a vector
import torch

Z = torch.arange(100)
torch.manual_seed(9)
v = torch.empty(()).uniform_(0, 100)
print(v)
index = (Z - v).abs().argmin()
print(Z[index])
