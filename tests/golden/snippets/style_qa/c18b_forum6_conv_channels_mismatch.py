# Q: "expected input to have 3 channels, but got 1 channels instead"
import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, kernel_size=3)
gray = torch.rand(2, 1, 16, 16)
try:
    conv(gray)
except RuntimeError as err:
    print(err)
print(conv(gray.expand(-1, 3, -1, -1)).shape)
print(conv(gray.repeat(1, 3, 1, 1)).shape)
channels_last = torch.rand(2, 16, 16, 3)
try:
    conv(channels_last)
except RuntimeError as err:
    print(err)
