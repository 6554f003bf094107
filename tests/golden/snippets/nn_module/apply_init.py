import torch
from torch import nn


def init_weights(m):
    print("visit", type(m).__name__)
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)


model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Sequential(nn.Linear(3, 1)))
out = model.apply(init_weights)
print(out is model)
print(model[0].weight)
print(model[2][0].bias)
print(model(torch.ones(1, 2)))
