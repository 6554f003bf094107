# Q: "mat1 and mat2 shapes cannot be multiplied" after a conv stack: compute the flattened size with a dummy pass.
import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(3, 6, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
)
wrong = nn.Sequential(features, nn.Flatten(), nn.Linear(16 * 4 * 4, 10))
x = torch.randn(2, 3, 32, 32)
try:
    wrong(x)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    n = features(torch.zeros(1, 3, 32, 32)).numel()
print("flattened size:", n)
right = nn.Sequential(features, nn.Flatten(), nn.Linear(n, 10))
print(right(x).shape)
for layer in features:
    x = layer(x)
    print(f"{layer.__class__.__name__:10s} {tuple(x.shape)}")
lazy = nn.Sequential(nn.Conv2d(3, 6, 5), nn.Flatten(), nn.LazyLinear(10))
print(lazy[2])
print(lazy(torch.randn(1, 3, 8, 8)).shape, lazy[2])
