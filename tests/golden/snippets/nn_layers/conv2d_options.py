import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 4, 9, 9)
conv = nn.Conv2d(4, 6, kernel_size=3, stride=2, padding=2, dilation=2, groups=2)
print(conv)
print(conv.weight.shape, conv(x).shape)
print(nn.Conv2d(4, 4, 3, padding="same")(x).shape)
print(nn.Conv2d(4, 4, (3, 1), padding="valid")(x).shape)
print(nn.Conv2d(4, 8, 1)(x[0]).shape)
print(conv(x)[0, :, 0, 0])
