import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(layer.weight)
print(layer.bias)
torch.manual_seed(0)
print(nn.Linear(3, 2).weight.equal(layer.weight))
print(nn.Linear(5, 4).weight)
