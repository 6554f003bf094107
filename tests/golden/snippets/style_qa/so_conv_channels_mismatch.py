# Q: grayscale images into a conv layer built for RGB, and a missing batch dimension.
import torch
import torch.nn as nn

torch.manual_seed(1)
conv = nn.Conv2d(3, 16, kernel_size=3)
print(conv)
gray = torch.randn(1, 1, 28, 28)
try:
    conv(gray)
except RuntimeError as e:
    print(e)
try:
    conv(torch.randn(28, 28))
except RuntimeError as e:
    print(e)
out = conv(gray.repeat(1, 3, 1, 1))
print(out.shape)
print(conv(torch.randn(3, 28, 28)).shape)
print(conv.weight.shape, conv.bias.shape)
