import torch
from torch import nn

layer = nn.Linear(2, 3)
with torch.no_grad():
    layer.weight.copy_(torch.arange(6.0).reshape(3, 2) / 10)
    layer.bias.zero_()
x = torch.tensor([[1.0, -1.0], [2.0, 0.5]])
target = torch.tensor([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
loss = ((layer(x) - target) ** 2).mean()
loss.backward()
print(loss)
print(layer.weight.grad)
print(layer.bias.grad)
