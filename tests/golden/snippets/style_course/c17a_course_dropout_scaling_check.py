# Dropout zeroes about p of the units and scales the rest by 1 / (1 - p) in training
import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.25)
x = torch.ones(1000)
y = drop(x)
print(y.unique(), (y == 0).float().mean().item(), y.mean().item())
drop.eval()
print(torch.equal(drop(x), x), drop)
print(nn.functional.dropout(torch.ones(4), p=0.5, training=False))
try:
    nn.Dropout(p=1.5)
except ValueError as e:
    print("ValueError:", e)
