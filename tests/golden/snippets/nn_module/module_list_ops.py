import torch
from torch import nn

layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
layers.append(nn.ReLU())
layers.extend([nn.Linear(2, 2), nn.Linear(2, 2)])
layers.insert(1, nn.Tanh())
print(layers)
print(len(layers), type(layers[1:3]).__name__, len(layers[1:3]))
print(sum(p.numel() for p in layers.parameters()))
x = torch.ones(1, 2)
try:
    layers(x)
except NotImplementedError as e:
    print("NotImplementedError", e)
