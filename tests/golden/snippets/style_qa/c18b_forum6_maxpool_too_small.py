# Q: "Output size is too small" after several pooling layers
import torch
import torch.nn as nn

net = nn.Sequential(nn.MaxPool2d(2), nn.MaxPool2d(2), nn.MaxPool2d(2))
x = torch.rand(1, 1, 6, 6)
try:
    net(x)
except RuntimeError as err:
    print(err)
print(net[:2](x).shape)
print(nn.MaxPool2d(2, ceil_mode=True)(torch.rand(1, 1, 3, 3)).shape)
