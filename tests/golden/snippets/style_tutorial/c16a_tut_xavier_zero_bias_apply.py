# Initialising every Linear with xavier_uniform_ and a zero bias through model.apply
import torch
from torch import nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
        print("init", m)

torch.manual_seed(1613)
model = nn.Sequential(nn.Linear(5, 4), nn.Sigmoid(), nn.Linear(4, 2))
model.apply(init_weights)
print(model[0].weight)
print(model[2].bias)
bound = (6 / (5 + 4)) ** 0.5
print(bound, model[0].weight.abs().max().item() <= bound)
print(model(torch.ones(1, 5)))
