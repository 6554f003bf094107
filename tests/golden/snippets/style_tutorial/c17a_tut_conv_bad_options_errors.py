# Typos in a conv layer's options (stride 0, negative padding, dilation 0, groups) and PyTorch's errors
import torch
import torch.nn.functional as F
from torch import nn

x = torch.randn(1, 2, 6, 6)
w = torch.randn(4, 2, 3, 3)
for options in [dict(stride=0), dict(padding=-1), dict(dilation=0), dict(dilation=-1), dict(groups=0),
                dict(stride=(1, 0)), dict(stride=0, padding=-1)]:
    try:
        F.conv2d(x, w, **options)
    except RuntimeError as e:
        print(options, "->", e)
for layer in [nn.Conv1d(2, 3, 3, dilation=0), nn.Conv2d(2, 4, 3, padding=-2), nn.ConvTranspose2d(2, 4, 3, dilation=0),
              nn.ConvTranspose1d(2, 4, 3, output_padding=-1), nn.ConvTranspose2d(2, 4, 3, stride=0)]:
    try:
        layer(x if isinstance(layer, (nn.Conv2d, nn.ConvTranspose2d)) else x[:, :, 0])
    except RuntimeError as e:
        print(type(layer).__name__, "->", e)
for weight in [torch.randn(1, 1, 3, 3), torch.randn(3, 1, 3, 3)]:
    try:
        F.conv2d(x, weight, groups=2)
    except RuntimeError as e:
        print(e)
print(F.conv2d(x, torch.randn(4, 1, 3, 3), groups=2, dilation=2).shape)
