# Giving a 1-D transposed convolution a stride meant for images, and a 2-D one three strides.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
up = nn.ConvTranspose1d(2, 3, kernel_size=2, stride=(1, 2))
print(up)
try:
    up(torch.randn(1, 2, 5))
except RuntimeError as e:
    print("RuntimeError:", e)

x = torch.randn(1, 2, 3, 3)
w = torch.randn(2, 2, 2, 2)
for options in [dict(stride=(1, 2, 3)), dict(padding=[1, 1, 1]), dict(output_padding=(1, 0, 0), stride=2),
                dict(dilation=[]), dict(stride=(2, 1), groups=0)]:
    try:
        print(F.conv_transpose2d(x, w, **options).shape)
    except RuntimeError as e:
        print(options, "->", e)
print(F.conv_transpose2d(x, w, stride=[2]).shape, F.conv_transpose1d(x[:, :, 0], w[:, :, 0], stride=(2,)).shape)
