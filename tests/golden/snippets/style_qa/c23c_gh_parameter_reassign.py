# Reassigning a Parameter's .data vs replacing it with a plain tensor.
import torch
import torch.nn as nn

lin = nn.Linear(2, 1)
try:
    lin.weight = torch.zeros(1, 2)
except TypeError as e:
    print("TypeError:", e)
lin.weight.data = torch.zeros(1, 2)
print(type(lin.weight).__name__, lin.weight.requires_grad)
lin.weight = nn.Parameter(torch.ones(1, 2))
print(lin.weight)
print([n for n, _ in lin.named_parameters()])
