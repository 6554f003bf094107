import torch
from torch import nn

layer = nn.Linear(2, 2)
try:
    layer.weight.fill_(0.5)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    layer.weight.fill_(0.5)
print(layer.weight)
try:
    layer.weight = torch.zeros(2, 2)
except TypeError as e:
    print(e)
layer.weight = nn.Parameter(torch.ones(2, 2))
print(layer.weight.requires_grad, type(layer.weight).__name__)
