# Q: "mat1 and mat2 shapes cannot be multiplied" after Conv + Flatten - computing in_features, LazyLinear.
import torch
import torch.nn as nn

torch.manual_seed(0)
features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
x = torch.randn(2, 1, 12, 12)
head = nn.Linear(4 * 6 * 6, 10)
try:
    head(features(x))
except RuntimeError as e:
    print(e)
print(features(x).shape)
with torch.no_grad():
    n = features(torch.zeros(1, 1, 12, 12)).numel()
print('in_features should be', n)
head = nn.Linear(n, 10)
print(head(features(x)).shape)
lazy = nn.LazyLinear(10)
print(lazy)
out = lazy(features(x))
print(lazy.in_features, lazy.weight.shape, out.shape)
print(lazy)
try:
    nn.Linear(3, 2)(torch.ones(3, 2))
except RuntimeError as e:
    print(e)
print(nn.Linear(3, 2)(torch.ones(5, 4, 3)).shape)
