# Parameter initialisation: net.apply with normal, Xavier-uniform and constant initialisers; check the bounds.
import math
import torch
from torch import nn

net = nn.Sequential(nn.Linear(5, 12), nn.ReLU(), nn.Linear(12, 2))

def init_normal(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, mean=0, std=0.02)
        nn.init.zeros_(m.bias)

def init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)

torch.manual_seed(11)
net.apply(init_normal)
print(net[0].weight[0], net[0].bias[:3])
net[0].apply(init_xavier)
net[2].apply(lambda m: nn.init.constant_(m.weight, 0.5))
bound = math.sqrt(6 / (5 + 12))
print(bound, net[0].weight.abs().max().item() <= bound)
print(net[0].weight[:2])
print(net[2].weight)
print(net(torch.ones(1, 5)))
print([name for name, _ in net.named_parameters()])
