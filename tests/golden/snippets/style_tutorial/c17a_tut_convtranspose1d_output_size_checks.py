# ConvTranspose1d upsampling: output_size picks the length, and the errors for bad calls
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
up = nn.ConvTranspose1d(4, 2, 3, stride=2, padding=1, output_padding=1)
x = torch.randn(3, 4, 5, requires_grad=True)
y = up(x)
print(up, y.shape, y.grad_fn.name())
y.sum().backward()
print(x.grad.shape, up.bias.grad, up(torch.randn(4, 5)).shape)
print(up(x, output_size=[9]).shape, nn.ConvTranspose1d(4, 6, (3,), groups=2, bias=False, dilation=2))
for bad in [lambda: up(torch.randn(2, 4, 5, 5)), lambda: F.conv_transpose1d(x, torch.randn(3, 2, 3)),
            lambda: F.conv_transpose1d(x, up.weight, stride=1, output_padding=1), lambda: up(x, output_size=[20]),
            lambda: F.conv_transpose1d(torch.randn(1, 4, 1), up.weight, padding=3),
            lambda: nn.ConvTranspose1d(4, 2, 3, padding_mode="reflect"), lambda: F.conv_transpose1d(x.double(), up.weight)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
