# "my CNN crashes at the first Linear layer, what in_features do I need?"
import torch
import torch.nn as nn

torch.manual_seed(0)
features = nn.Sequential(nn.Conv2d(3, 6, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
x = torch.randn(2, 3, 20, 20)
flat = features(x)
print("flattened shape:", flat.shape)
wrong = nn.Linear(6 * 5 * 5, 10)
try:
    wrong(flat)
except RuntimeError as err:
    print("RuntimeError:", err)
right = nn.Linear(flat.shape[1], 10)
print(right(flat).shape)
lazy = nn.LazyLinear(10)
print(lazy(flat).shape, lazy.in_features)
