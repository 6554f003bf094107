# What F.conv_transpose3d refuses, and the messages a learner sees
import torch
import torch.nn.functional as F

x = torch.randn(1, 2, 2, 2, 2)
w = torch.randn(2, 3, 2, 2, 2)
print(F.conv_transpose3d(x, w, stride=2).shape, torch.conv_transpose3d(x, w).shape)
for kwargs in [dict(output_padding=2), dict(padding=3), dict(dilation=0), dict(stride=(1, 1)),
               dict(bias=torch.zeros(2)), dict(groups=3), dict(padding="same")]:
    try:
        F.conv_transpose3d(x, w, **kwargs)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
for a, b in [(torch.randn(1, 3, 2, 2, 2), w), (x, w.double()), (x.int(), w.int()), (torch.randn(2, 2, 2), w)]:
    try:
        F.conv_transpose3d(a, b)
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    torch.nn.ConvTranspose3d(2, 2, 2, padding_mode="reflect")
except ValueError as e:
    print(e)
