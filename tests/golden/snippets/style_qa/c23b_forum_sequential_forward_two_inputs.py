import torch
from torch import nn

seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
a, b = torch.ones(1, 2), torch.zeros(1, 2)
try:
    seq(a, b)
except Exception as e:
    print(type(e).__name__, e)
print(seq(torch.cat([a, b])).shape)
try:
    seq[5]
except Exception as e:
    print(type(e).__name__, e)
print(len(seq), seq[-1])
