# Q: "a leaf Variable that requires grad is being used in an in-place operation"
import torch
import torch.nn as nn

lin = nn.Linear(2, 2)
try:
    lin.weight.fill_(0.5)
except RuntimeError as err:
    print(err)
try:
    lin.weight += 1
except RuntimeError as err:
    print(err)
with torch.no_grad():
    lin.weight.fill_(0.5)
    lin.bias.zero_()
print(lin.weight, lin.bias)
