import torch
from torch import nn

conv = nn.Conv2d(1, 2, kernel_size=2, stride=1, padding=1)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[[1.0, 0.0], [0.0, -1.0]]], [[[0.5, 0.5], [0.5, 0.5]]]]))
    conv.bias.copy_(torch.tensor([0.0, 1.0]))
x = torch.arange(9.0).reshape(1, 1, 3, 3)
y = conv(x)
print(y)
print(y.shape, y.grad_fn)
print(nn.Conv2d(1, 2, 2, stride=2, bias=False)(x).shape)
