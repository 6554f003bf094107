# Q: BatchNorm1d complains about 4D input
import torch
import torch.nn as nn

feat = torch.randn(2, 3, 4, 4)
try:
    nn.BatchNorm1d(3)(feat)
except ValueError as err:
    print("ValueError:", err)
print(nn.BatchNorm2d(3)(feat).shape)
try:
    nn.BatchNorm2d(4)(feat)
except RuntimeError as err:
    print("RuntimeError:", err)
