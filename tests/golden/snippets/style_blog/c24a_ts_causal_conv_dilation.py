# Causal dilated 1-D convolution by left padding
import torch
import torch.nn as nn
import torch.nn.functional as F

conv = nn.Conv1d(1, 1, kernel_size=2, dilation=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
print(conv)
x = torch.arange(1.0, 9.0).view(1, 1, 8)
pad = (conv.kernel_size[0] - 1) * conv.dilation[0]
y = conv(F.pad(x, (pad, 0)))
print(pad, y.shape)
print(y)
print(conv(x).shape)
y2 = nn.Conv1d(1, 1, 3, padding=4, dilation=2, bias=False)
print(y2(x).shape)
