# Volumetric decoders: ConvTranspose3d output sizes and parameter count.
import torch
import torch.nn as nn

up = nn.ConvTranspose3d(4, 2, kernel_size=2, stride=2)
x = torch.zeros(1, 4, 2, 3, 3)
print(up(x).shape, up.weight.shape, sum(p.numel() for p in up.parameters()))
up2 = nn.ConvTranspose3d(4, 2, 3, stride=(1, 2, 2), padding=1, output_padding=(0, 1, 1))
print(up2(x).shape)
print(up2)
