# Quiz 47: initialising a parameter in place
import torch
import torch.nn as nn

layer = nn.Linear(2, 2)
try:
    layer.weight.fill_(0.5)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    layer.weight.fill_(0.5)
    layer.bias.zero_()
print(layer.weight, layer.bias)
print(layer.weight.is_leaf, layer.weight.grad_fn)
