# Pooling shapes: floor vs ceil mode, and padding limits.
import torch
import torch.nn as nn

x = torch.arange(1 * 1 * 7 * 7, dtype=torch.float32).reshape(1, 1, 7, 7)
print(nn.MaxPool2d(2)(x).shape)
print(nn.MaxPool2d(2, ceil_mode=True)(x).shape)
print(nn.MaxPool2d(3, stride=2, padding=1)(x).shape)
print(nn.AvgPool2d(2, ceil_mode=True)(x)[0, 0, -1])
print(nn.MaxPool2d(2, ceil_mode=True)(x)[0, 0, :, -1])
try:
    nn.MaxPool2d(2, padding=2)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
