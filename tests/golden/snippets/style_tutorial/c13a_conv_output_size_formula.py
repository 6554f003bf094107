# Checking the conv/pool output-size formula floor((H + 2p - d(k-1) - 1)/s + 1) against real layers.
import torch
import torch.nn as nn


def out_size(h, k, s=1, p=0, d=1):
    return (h + 2 * p - d * (k - 1) - 1) // s + 1


x = torch.zeros(1, 3, 28, 28)
configs = [dict(kernel_size=3), dict(kernel_size=3, padding=1), dict(kernel_size=5, stride=2),
           dict(kernel_size=3, stride=2, padding=1), dict(kernel_size=3, dilation=2), dict(kernel_size=4, stride=3, padding=2)]
for cfg in configs:
    conv = nn.Conv2d(3, 2, **cfg)
    h = conv(x).shape[-1]
    f = out_size(28, cfg["kernel_size"], cfg.get("stride", 1), cfg.get("padding", 0), cfg.get("dilation", 1))
    print(cfg, h, f, h == f)
print(nn.MaxPool2d(2)(x).shape, nn.MaxPool2d(3, stride=2)(x).shape, nn.MaxPool2d(3, 2, ceil_mode=True)(x).shape)
print(nn.AvgPool2d(2, padding=1)(x).shape)
h = 28
for k in [3, 3]:
    h = out_size(h, k)
h //= 2
print("MNIST flatten size", 64 * h * h)
conv = nn.Conv2d(3, 8, 3, padding="same")
print(conv(x).shape, conv.padding)
try:
    nn.Conv2d(3, 8, 3, stride=2, padding="same")
except ValueError as e:
    print(e)
