# Feeding (batch, time, features) to Conv1d instead of (batch, channels, time)
import torch
import torch.nn as nn

torch.manual_seed(5)
conv = nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3)
x = torch.randn(2, 10, 3)
try:
    conv(x)
except RuntimeError as e:
    print(e)
print(conv(x.transpose(1, 2)).shape)
print(conv(x.permute(0, 2, 1)[0]).shape)
try:
    conv(torch.randn(2, 3, 2))
except RuntimeError as e:
    print(e)
try:
    conv(torch.randn(1, 1, 3, 5))
except RuntimeError as e:
    print(e)
