# Q: why is nn.Linear(3, 5).weight of shape (5, 3)? It computes x @ W.T + b; set weights by hand to check.
import torch
from torch import nn

lin = nn.Linear(3, 5)
print(lin.weight.shape, lin.bias.shape)
with torch.no_grad():
    lin.weight.copy_(torch.arange(15.0).view(5, 3) / 10)
    lin.bias.fill_(1.0)
x = torch.tensor([[1.0, 2.0, 3.0]])
print(lin(x))
print(x @ lin.weight.T + lin.bias)
print(torch.nn.functional.linear(x, lin.weight, lin.bias))
try:
    with torch.no_grad():
        lin.weight.copy_(torch.zeros(3, 5))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lin.weight = torch.zeros(5, 3)
except TypeError as e:
    print("TypeError:", e)
lin.weight = nn.Parameter(torch.ones(5, 3))
print(lin(x))
print(lin)
