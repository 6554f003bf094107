"""Building a Sequential from a list of layers."""
import torch.nn as nn

layers = [nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)]
try:
    model = nn.Sequential(layers)
except TypeError as e:
    print("TypeError:", e)
model = nn.Sequential(*layers)
print(model)
try:
    nn.ModuleList(nn.Linear(2, 2))
except TypeError as e:
    print("TypeError:", e)
