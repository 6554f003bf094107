# Depthwise (groups=channels) 1-D convolution over multivariate series
import torch
import torch.nn as nn

conv = nn.Conv1d(3, 3, kernel_size=2, groups=3, bias=False)
print(conv, conv.weight.shape)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, -1.0]], [[0.5, 0.5]], [[2.0, 0.0]]]))
x = torch.arange(12.0).view(1, 3, 4)
print(conv(x))
try:
    nn.Conv1d(3, 4, 2, groups=3)
except ValueError as e:
    print(e)
sep = nn.Sequential(conv, nn.Conv1d(3, 2, 1))
print(sep(x).shape)
