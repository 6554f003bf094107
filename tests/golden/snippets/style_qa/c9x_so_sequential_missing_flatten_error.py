# Q: nn.Sequential with a conv then Linear fails with a shape error: a Flatten layer is missing.
import torch
import torch.nn as nn

x = torch.randn(4, 1, 8, 8)
bad = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Linear(72, 10))
try:
    print(bad(x).shape)
except RuntimeError as e:
    print("RuntimeError:", e)
good = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(72, 10))
print(good(x).shape)
print(nn.Flatten()(x).shape, nn.Flatten(0)(x).shape, nn.Flatten(2, 3)(x).shape)
print(torch.flatten(x, 1).shape, x.view(x.size(0), -1).shape)
print(good)
print(nn.Unflatten(1, (2, 36))(torch.randn(4, 72)).shape)
try:
    nn.Linear(72, 10)(torch.randn(4, 2, 6, 6))
except RuntimeError as e:
    print("RuntimeError:", e)
