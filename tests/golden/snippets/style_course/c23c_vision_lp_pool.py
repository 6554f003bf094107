# LPPool2d: p=1 is sum pooling, p=inf-ish approaches max; p=2 on integer patches.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 2.0], [2.0, 4.0]]]])
print(nn.LPPool2d(1, 2)(x))
print(nn.LPPool2d(2, 2)(x))
print(nn.LPPool2d(2, 2))
print(nn.LPPool1d(1, 2)(torch.tensor([[1.0, 2.0, 3.0, 4.0]])))
