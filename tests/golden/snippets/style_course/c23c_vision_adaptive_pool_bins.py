# Adaptive pooling: how bins are chosen when the size does not divide.
import torch
import torch.nn as nn

x = torch.arange(1 * 1 * 5 * 5, dtype=torch.float32).reshape(1, 1, 5, 5)
print(nn.AdaptiveAvgPool2d(2)(x))
print(nn.AdaptiveMaxPool2d((3, 2))(x))
print(nn.AdaptiveAvgPool2d((None, 1))(x).shape)
out, idx = nn.AdaptiveMaxPool2d(2, return_indices=True)(x)
print(idx)
print(nn.AdaptiveAvgPool2d(1)(x).flatten(1))
