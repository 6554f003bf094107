# Q: cannot assign a tensor as a module's weight
import torch
import torch.nn as nn

lin = nn.Linear(2, 1)
try:
    lin.weight = torch.ones(1, 2)
except TypeError as err:
    print(err)
lin.weight = nn.Parameter(torch.ones(1, 2))
print(lin.weight)
lin.weight.data = torch.full((1, 2), 3.0)
print(lin.weight.requires_grad, lin.weight)
