# ConvTranspose2d with groups and dilation: weight shape and output size.
import torch
import torch.nn as nn

up = nn.ConvTranspose2d(4, 6, 3, stride=2, groups=2, dilation=2)
print(up)
print(up.weight.shape, up.bias.shape)
print(up(torch.zeros(1, 4, 3, 3)).shape)
try:
    nn.ConvTranspose2d(4, 5, 3, groups=2)
except ValueError as e:
    print("ValueError:", e)
