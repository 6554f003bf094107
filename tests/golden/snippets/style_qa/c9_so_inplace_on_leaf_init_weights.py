# Q: initialising weights by hand: w.normal_() on a parameter errors outside no_grad; nn.init does it right.
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
try:
    layer.weight.normal_(0, 0.01)
except RuntimeError as e:
    print(e)
try:
    layer.bias += 1
except RuntimeError as e:
    print(e)
with torch.no_grad():
    layer.weight.normal_(0, 0.01)
    layer.bias.fill_(0.5)
print(layer.bias, layer.weight.requires_grad, layer.weight.is_leaf)
nn.init.xavier_normal_(layer.weight)
nn.init.constant_(layer.bias, 0.1)
print(layer.bias, round(layer.weight.std().item(), 4))
layer.weight.data.uniform_(-0.1, 0.1)
print(layer.weight.abs().max() <= 0.1, layer.weight.grad_fn)
w = torch.empty(2, 3)
print(nn.init.ones_(w), nn.init.eye_(torch.empty(2, 3)))
