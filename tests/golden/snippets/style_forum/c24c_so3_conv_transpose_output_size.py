# Q: ConvTranspose2d output size and output_padding
import torch
import torch.nn as nn

up = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)
x = torch.zeros(1, 1, 4, 4)
print(up(x).shape)
print(up(x, output_size=[8, 8]).shape)
up2 = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=1)
print(up2(x).shape, up2)
try:
    nn.ConvTranspose2d(1, 1, 3, stride=1, output_padding=1)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
