# Depthwise-separable conv vs a standard conv: parameter counts and output shapes.
import torch
import torch.nn as nn

std = nn.Conv2d(8, 16, 3, padding=1)
dw = nn.Conv2d(8, 8, 3, padding=1, groups=8)
pw = nn.Conv2d(8, 16, 1)
count = lambda m: sum(p.numel() for p in m.parameters())
print(count(std), count(dw) + count(pw))
print(dw.weight.shape, pw.weight.shape)
x = torch.zeros(1, 8, 5, 5)
print(std(x).shape, pw(dw(x)).shape)
try:
    nn.Conv2d(8, 10, 3, groups=4)
except ValueError as e:
    print("ValueError:", e)
print(dw)
