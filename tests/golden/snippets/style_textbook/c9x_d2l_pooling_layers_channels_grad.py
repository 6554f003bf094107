# Pooling layers: average pooling gradients spread evenly, max pooling routes to the max only.
import torch
from torch import nn

X = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4).requires_grad_()
avg = nn.AvgPool2d(2)
out = avg(X)
print(out)
out.sum().backward()
print(X.grad)
X.grad = None
mx = nn.MaxPool2d(2)
mx(X).sum().backward()
print(X.grad)
X.grad = None
nn.AvgPool2d(3, stride=1, padding=1)(X).sum().backward()
print(X.grad)
X.grad = None
nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)(X).sum().backward()
print(X.grad)
torch.manual_seed(1)
Y = torch.rand(2, 3, 6, 6)
print(nn.AvgPool2d(2)(Y).shape, nn.AdaptiveAvgPool2d((4, 4))(Y).sum().item())
print(nn.AdaptiveMaxPool2d(1)(Y).flatten(1))
