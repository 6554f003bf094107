# Quiz 47: initialising a parameter in place
import torch
import torch.nn as nn

lin = nn.Linear(2, 2)
try:
    lin.weight.fill_(0.5)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    lin.weight.fill_(0.5)
    lin.bias.zero_()
print(lin.weight, lin.bias)
print(lin.weight.is_leaf, lin.weight.grad_fn)
