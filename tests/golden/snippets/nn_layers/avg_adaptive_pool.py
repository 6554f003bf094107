import torch
from torch import nn

x = torch.arange(24.0).reshape(1, 2, 3, 4).requires_grad_()
gap = nn.AdaptiveAvgPool2d((1, 1))
y = gap(x)
print(gap, y, y.grad_fn)
z = nn.AdaptiveAvgPool2d((2, 3))(x)
print(z, z.grad_fn)
z.sum().backward()
print(x.grad)
a = nn.AvgPool2d(2)(x)
print(nn.AvgPool2d(2), a, a.grad_fn)
print(nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)(x.detach())[0, 0])
