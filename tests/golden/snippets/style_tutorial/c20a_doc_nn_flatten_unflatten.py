# nn.Flatten and nn.Unflatten module examples
import torch
import torch.nn as nn

input = torch.randn(32, 1, 5, 5)
m = nn.Flatten()
print(m(input).size())
m = nn.Flatten(0, 2)
print(m(input).size())
input = torch.randn(2, 50)
m = nn.Sequential(nn.Linear(50, 50), nn.Unflatten(1, (2, 5, 5)))
print(m(input).size())
print(m)
print(nn.Unflatten(1, torch.Size([5, 10]))(input).size())
