# Printing all parameters of a model
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(list(layer.parameters()))
print(layer.weight)
print(repr(layer.bias))
print(layer.weight.T)
