import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2), nn.Sigmoid())
print(len(model))
print(model[0])
print(model[-1])
print(model[1:3])
for layer in model:
    print(type(layer).__name__)
try:
    model[7]
except IndexError as e:
    print("IndexError", e)
