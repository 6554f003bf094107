import torch
from torch import nn

layer = nn.Linear(2, 2, bias=False)
nn.init.eye_(layer.weight)
x = torch.tensor([[3.0, -1.0]], requires_grad=True)
y = layer(x)
print(y, y.grad_fn)
print(layer(torch.tensor([2.0, 5.0])))
print(layer(torch.ones(2, 3, 2)).grad_fn)
y.sum().backward()
print(x.grad, layer.weight.grad)
