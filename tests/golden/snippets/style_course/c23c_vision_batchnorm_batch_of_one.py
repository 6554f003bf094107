# The classic error: BatchNorm with one value per channel while training.
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(3)
try:
    bn(torch.ones(1, 3))
except ValueError as e:
    print("ValueError:", e)
bn2 = nn.BatchNorm2d(3)
print(bn2(torch.ones(1, 3, 2, 2)).shape)
bn.eval()
print(bn(torch.ones(1, 3)))
