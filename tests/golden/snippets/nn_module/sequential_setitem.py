import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[2] = nn.Linear(8, 3)
print(model)
del model[1]
print(model)
model.append(nn.Softmax(dim=1))
print(model)
print(model.pop(0))
print(len(model))
