# Q: initialising all Linear layers with model.apply
import torch
import torch.nn as nn


def init(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.1)
        nn.init.zeros_(m.bias)
        print("init", m)


model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Sequential(nn.Linear(3, 1)))
model.apply(init)
print(model(torch.ones(1, 2)))
print([type(m).__name__ for m in model.modules()])
