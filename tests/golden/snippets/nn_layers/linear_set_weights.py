import torch
from torch import nn

layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[0.1, -0.2, 0.3], [0.5, 0.4, -0.1]]))
    layer.bias.copy_(torch.tensor([0.01, -0.02]))
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
y = layer(x)
print(y)
print(y.grad_fn, [type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])
print(layer(torch.tensor([1.0, 1.0, 1.0])))
print(layer(torch.ones(2, 4, 3)).shape, layer(torch.ones(2, 4, 3)).grad_fn)
