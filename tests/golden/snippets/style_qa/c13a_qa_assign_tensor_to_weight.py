# Q: "cannot assign 'torch.FloatTensor' as parameter 'weight'" when setting custom weights on a layer.
import torch
import torch.nn as nn

lin = nn.Linear(2, 2)
try:
    lin.weight = torch.eye(2)
except TypeError as e:
    print("TypeError:", e)
lin.weight = nn.Parameter(torch.eye(2))
print(lin.weight)
with torch.no_grad():
    lin.weight.copy_(torch.full((2, 2), 0.5))
    lin.bias.fill_(0.0)
print(lin(torch.ones(1, 2)))
lin.weight.data = torch.ones(2, 2)
print(lin.weight.requires_grad, type(lin.weight).__name__)
try:
    with torch.no_grad():
        lin.weight.copy_(torch.ones(3, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
lin.bias = None
print(lin(torch.ones(1, 2)), lin)
