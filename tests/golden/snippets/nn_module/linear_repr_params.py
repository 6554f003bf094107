import torch
from torch import nn

layer = nn.Linear(4, 3)
print(layer)
print(layer.weight.shape, layer.bias.shape)
print([name for name, _ in layer.named_parameters()])
print(type(layer.weight).__name__, layer.weight.requires_grad)
print(nn.Linear(2, 5, bias=False))
print(nn.Linear(2, 5, bias=False).bias)
print(layer.in_features, layer.out_features)
