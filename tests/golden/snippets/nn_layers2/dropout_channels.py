import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
print(F.dropout2d(torch.ones(2, 3, 4), p=0.4))
print(nn.Dropout1d(0.5)(torch.ones(3, 2)))
print(F.dropout2d(torch.ones(1, 2, 1, 1), p=1.0))
print(F.dropout2d(torch.ones(1, 2, 1, 1), p=0.5, training=False))
try:
    nn.Dropout2d(p=1.5)
except ValueError as e:
    print(type(e).__name__, e)
