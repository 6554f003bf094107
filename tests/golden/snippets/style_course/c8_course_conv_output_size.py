# The conv output-size formula (W - F + 2P) / S + 1 checked against real Conv2d / MaxPool2d shapes.
import torch
import torch.nn as nn

def out_size(w, f, p, s, d=1):
    return (w + 2 * p - d * (f - 1) - 1) // s + 1

x = torch.randn(1, 3, 32, 32)
configs = [(3, 0, 1), (3, 1, 1), (5, 2, 2), (7, 3, 2), (4, 0, 4)]
for f, p, s in configs:
    conv = nn.Conv2d(3, 8, kernel_size=f, padding=p, stride=s)
    print((f, p, s), tuple(conv(x).shape), out_size(32, f, p, s))
print(nn.Conv2d(3, 8, 3, dilation=2)(x).shape, out_size(32, 3, 0, 1, 2))
print(nn.Conv2d(3, 8, 3, padding='same')(x).shape)
print(nn.MaxPool2d(3, stride=2)(x).shape, nn.MaxPool2d(3, stride=2, ceil_mode=True)(x).shape)
print(nn.AdaptiveAvgPool2d((5, 7))(x).shape, nn.AvgPool2d(2)(x).shape)
try:
    nn.Conv2d(3, 8, 3, padding='same', stride=2)
except ValueError as e:
    print("ValueError:", e)
try:
    nn.Conv2d(3, 8, 40)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
