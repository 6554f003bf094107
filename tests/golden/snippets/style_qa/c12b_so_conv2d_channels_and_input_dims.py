# Q: Conv2d says "expected input to have 3 channels, but got 1" / wrong dimensionality - how to feed images?
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 6, kernel_size=3)
gray = torch.randn(4, 1, 8, 8)
try:
    conv(gray)
except RuntimeError as e:
    print(e)
hwc = torch.randn(4, 8, 8, 3)
try:
    conv(hwc)
except RuntimeError as e:
    print(e)
print(conv(hwc.permute(0, 3, 1, 2)).shape)
print(conv(torch.randn(3, 8, 8)).shape)
try:
    conv(torch.randn(8, 8))
except RuntimeError as e:
    print(e)
try:
    conv(torch.randn(1, 3, 2, 2))
except RuntimeError as e:
    print(e)
try:
    conv(torch.randint(0, 255, (1, 3, 8, 8)))
except RuntimeError as e:
    print(e)
print(conv(gray.repeat(1, 3, 1, 1)).shape, conv(gray.expand(-1, 3, -1, -1)).shape)
