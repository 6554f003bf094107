# Q: Conv2d "Expected 3D (unbatched) or 4D (batched) input" and the missing batch dimension.
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
img = torch.randn(3, 32, 32)
print(conv(img).shape)
print(conv(img.unsqueeze(0)).shape)
try:
    conv(torch.randn(32, 32))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    conv(torch.randn(1, 1, 32, 32))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    conv(torch.randn(2, 32, 32, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
bn = nn.BatchNorm2d(8)
try:
    bn(torch.randn(8, 4, 4))
except ValueError as e:
    print("ValueError:", e)
print(bn(torch.randn(2, 8, 4, 4)).shape)
print(conv.weight.shape, conv.bias.shape)
