# Checking the convolution output-size formula against real Conv2d layers.
import torch
import torch.nn as nn

def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

x = torch.randn(1, 3, 28, 28)
configs = [
    dict(kernel_size=3),
    dict(kernel_size=3, padding=1),
    dict(kernel_size=5, stride=2),
    dict(kernel_size=3, stride=2, padding=1),
    dict(kernel_size=3, dilation=2),
    dict(kernel_size=(3, 5), padding=(1, 2)),
    dict(kernel_size=4, padding="same"),
    dict(kernel_size=7, padding="valid"),
]
for cfg in configs:
    conv = nn.Conv2d(3, 8, **cfg)
    y = conv(x)
    print(conv, tuple(y.shape))
print(out_size(28, 5, s=2), out_size(28, 3, d=2), out_size(28, 3, s=2, p=1))
conv = nn.Conv2d(3, 6, 3, groups=3, bias=False)
print(conv.weight.shape, conv(x).shape)
try:
    nn.Conv2d(3, 8, 3, stride=2, padding="same")
except ValueError as e:
    print("ValueError:", e)
try:
    nn.Conv2d(3, 8, 3)(torch.randn(1, 1, 5, 5))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.Conv2d(3, 8, 7)(torch.randn(1, 3, 5, 5))
except RuntimeError as e:
    print("RuntimeError:", e)
