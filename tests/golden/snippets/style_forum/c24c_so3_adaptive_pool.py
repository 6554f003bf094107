# Q: AdaptiveAvgPool2d output for odd sizes
import torch
import torch.nn as nn

x = torch.arange(25.0).reshape(1, 1, 5, 5)
print(nn.AdaptiveAvgPool2d((2, 2))(x))
print(nn.AdaptiveMaxPool2d(1)(x).flatten())
print(nn.AdaptiveAvgPool1d(3)(torch.arange(7.0).reshape(1, 1, 7)))
print(nn.AdaptiveAvgPool2d((None, 1))(x).shape)
