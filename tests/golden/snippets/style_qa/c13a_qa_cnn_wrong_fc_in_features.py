# Q: what number goes in nn.Linear after my convs? A: run a dummy input through the conv part and read the size.
import torch
import torch.nn as nn

torch.manual_seed(5)
features = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2))
classifier = nn.Linear(64 * 13 * 13, 10)
x = torch.randn(2, 1, 28, 28)
h = features(x)
print(h.shape)
try:
    classifier(h.flatten(1))
except RuntimeError as e:
    print(e)
with torch.no_grad():
    n = features(torch.zeros(1, 1, 28, 28)).numel()
print("in_features should be", n)
lazy = nn.LazyLinear(10)
print(lazy)
out = lazy(h.flatten(1))
print(lazy.in_features, lazy.weight.shape, out.shape)
try:
    nn.Conv2d(1, 32, 3)(torch.randn(2, 3, 28, 28))
except RuntimeError as e:
    print(e)
