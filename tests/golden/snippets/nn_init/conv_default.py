import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, kernel_size=2)
print(conv.weight)
print(conv.bias)
print(nn.Conv2d(1, 1, 3, bias=False).weight)
