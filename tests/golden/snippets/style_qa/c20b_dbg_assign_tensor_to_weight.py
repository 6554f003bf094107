# assigning a plain tensor to a layer's weight
import torch
import torch.nn as nn

torch.manual_seed(90)
lin = nn.Linear(2, 2)
try:
    lin.weight = torch.eye(2)
except TypeError as e:
    print("TypeError:", e)
lin.weight = nn.Parameter(torch.eye(2))
print(lin.weight)
with torch.no_grad():
    lin.weight.copy_(torch.ones(2, 2))
print(lin(torch.tensor([[1.0, 2.0]])) - lin.bias)
