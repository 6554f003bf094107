# Q&A: "mat1 and mat2 shapes cannot be multiplied" after flattening conv features with the wrong
# size, and computing the right in_features from a dummy forward pass.
import torch
import torch.nn as nn

torch.manual_seed(54)
features = nn.Sequential(nn.Conv2d(1, 3, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2))
x = torch.randn(4, 1, 20, 20)
head = nn.Linear(3 * 10 * 10, 2)
try:
    head(features(x).flatten(1))
except RuntimeError as e:
    print(e)
with torch.no_grad():
    n = features(torch.zeros(1, 1, 20, 20)).numel()
print(n, features(x).shape)
head = nn.Linear(n, 2)
print(head(features(x).flatten(1)))
