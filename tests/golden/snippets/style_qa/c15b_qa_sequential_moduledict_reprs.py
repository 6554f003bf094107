# Q: how do nested Sequential, ModuleDict and ModuleList print, and how do I index them?
import torch
from torch import nn

heads = nn.ModuleDict({'cls': nn.Linear(8, 3), 'reg': nn.Linear(8, 1)})
trunk = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(inplace=True),
                      nn.MaxPool2d(2), nn.Flatten(), nn.Dropout(0.25))
blocks = nn.ModuleList([nn.Linear(4, 4) for _ in range(2)])
print(trunk)
print(heads)
print(blocks)
print(trunk[0], trunk[-1], heads['reg'], len(blocks), list(heads.keys()))
print(trunk[1:3])
