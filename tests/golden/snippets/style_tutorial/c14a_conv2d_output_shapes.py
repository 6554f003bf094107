# Conv2d shapes: padding, stride and dilation change the output size; weight and bias shapes of a layer.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(50)
x = torch.randn(2, 3, 9, 9)
for kw in ({}, {"padding": 1}, {"stride": 2}, {"dilation": 2}, {"padding": "same"}):
    conv = nn.Conv2d(3, 5, 3, **kw)
    print(kw, tuple(conv(x).shape))
conv = nn.Conv2d(3, 5, kernel_size=(3, 2), bias=False)
print(conv, conv.weight.shape, conv.bias)
w = torch.arange(9.0).view(1, 1, 3, 3) / 10
img = torch.arange(25.0).view(1, 1, 5, 5)
print(F.conv2d(img, w))
print(F.conv2d(img, w, padding=1, stride=2))
print(F.max_pool2d(img, 2), F.avg_pool2d(img, 2, stride=1)[0, 0, 0])
try:
    nn.Conv2d(3, 5, 3)(torch.randn(2, 4, 9, 9))
except RuntimeError as e:
    print(e)
