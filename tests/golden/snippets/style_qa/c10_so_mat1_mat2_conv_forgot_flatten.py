# Q: "mat1 and mat2 shapes cannot be multiplied (64x5 and 320x10)" after my conv layers - how do I pick in_features?
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 1, 12, 12)
features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(4, 8, 3), nn.ReLU())
head = nn.Linear(100, 10)
h = features(x)
print(h.shape)
try:
    head(h)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    head(h.view(h.size(0), -1))
except RuntimeError as e:
    print("RuntimeError:", e)
flat = torch.flatten(h, 1)
print(flat.shape, flat.shape[1])
head = nn.Linear(flat.shape[1], 10)
print(head(flat).shape)
lazy = nn.Sequential(features, nn.Flatten(), nn.LazyLinear(10))
print(lazy[2])
print(lazy(x).shape, lazy[2])
with torch.no_grad():
    probe = features(torch.zeros(1, 1, 12, 12))
print(probe.numel(), probe.flatten(1).shape)
