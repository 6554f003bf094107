import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(2, 6, requires_grad=True)
y = drop(x)
print(drop, y)
y.sum().backward()
print(x.grad)
drop.eval()
print(drop(x) is x)
print(nn.Dropout(0.0)(x) is x)
print(nn.Dropout(1.0)(torch.ones(3)))
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError", e)
