# Filling layers with uniform_, normal_ and constant_ and checking the ranges
import torch
from torch import nn

torch.manual_seed(1639)
layer = nn.Linear(6, 4)
nn.init.uniform_(layer.weight, a=-0.1, b=0.1)
nn.init.constant_(layer.bias, 0.01)
print(layer.weight.min().item() >= -0.1, layer.weight.max().item() <= 0.1)
print(layer.bias)
nn.init.normal_(layer.weight, mean=0.0, std=0.02)
print(layer.weight[0])
nn.init.ones_(layer.bias)
nn.init.trunc_normal_(layer.weight, std=1.0, a=-0.5, b=0.5)
print(layer.weight.abs().max().item() <= 0.5, layer.bias)
print(layer(torch.zeros(1, 6)))
