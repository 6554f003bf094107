import torch
from torch import nn

torch.manual_seed(7)
layer = nn.Linear(2, 2)
first = layer.weight.clone()
layer.reset_parameters()
print(first)
print(layer.weight)
torch.manual_seed(7)
print(torch.rand(4))
