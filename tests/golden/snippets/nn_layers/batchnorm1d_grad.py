import torch
from torch import nn

bn = nn.BatchNorm1d(3)
x = torch.tensor([[1.0, 2.0, 0.5], [3.0, -1.0, 0.0], [2.0, 0.0, 4.0], [0.0, 1.0, -2.0]], requires_grad=True)
y = bn(x)
print(y)
(y * torch.arange(12.0).reshape(4, 3)).sum().backward()
print(x.grad)
print(bn.weight.grad, bn.bias.grad)
print(bn.running_mean, bn.running_var)
try:
    bn(torch.ones(1, 3))
except ValueError as e:
    print("ValueError", e)
