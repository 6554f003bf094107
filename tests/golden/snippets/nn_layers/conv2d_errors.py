import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3)
for shape in [(1, 4, 8, 8), (1, 3, 2, 2), (8, 8)]:
    try:
        conv(torch.zeros(shape))
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    nn.Conv2d(3, 8, 3, groups=2)
except ValueError as e:
    print("ValueError", e)
conv(torch.zeros(2, 3, 5))
