# ConvTranspose2d with output_size to pick between ambiguous shapes
import torch
import torch.nn as nn

torch.manual_seed(125)
up = nn.ConvTranspose2d(2, 1, kernel_size=3, stride=2, padding=1)
x = torch.randn(1, 2, 4, 4)
print(up(x).shape)
print(up(x, output_size=[8, 8]).shape)
try:
    up(x, output_size=[10, 10])
except ValueError as e:
    print("ValueError:", e)
