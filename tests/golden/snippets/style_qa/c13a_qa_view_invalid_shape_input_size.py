# Q: "shape '[-1, 400]' is invalid for input of size 1000" after changing the input image size.
import torch
import torch.nn as nn

torch.manual_seed(59)
features = nn.Sequential(nn.Conv2d(1, 16, 5), nn.MaxPool2d(2))
x = torch.randn(1, 1, 14, 14)
h = features(x)
print(h.shape, h.numel())
try:
    h.view(-1, 400)
except RuntimeError as e:
    print(e)
try:
    h.view(-1, 3)
except RuntimeError as e:
    print(e)
try:
    h.reshape(2, -1, -1)
except RuntimeError as e:
    print(e)
print(h.view(h.size(0), -1).shape, h.flatten(1).shape)
try:
    torch.zeros(0, 5).view(-1, 0)
except RuntimeError as e:
    print(e)
print(torch.zeros(0, 5).view(-1).shape, torch.arange(6).view(3, -1))
