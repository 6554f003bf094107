# Q: output size after conv and pooling
import torch
import torch.nn as nn

x = torch.zeros(1, 3, 32, 32)
for layer in [nn.Conv2d(3, 6, 5), nn.MaxPool2d(2, 2), nn.Conv2d(6, 16, 5), nn.MaxPool2d(2, 2)]:
    x = layer(x)
    print(type(layer).__name__, tuple(x.shape))
try:
    nn.MaxPool2d(2)(torch.zeros(1, 1, 1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
