# Layers chapter: accessing, initializing and tying parameters.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(net[2].state_dict())
print(type(net[2].bias), net[2].bias.data)
print(*[(name, param.shape) for name, param in net.named_parameters()])

def init_constant(m):
    if type(m) == nn.Linear:
        nn.init.constant_(m.weight, 1)
        nn.init.zeros_(m.bias)

net.apply(init_constant)
print(net[0].weight.data[0], net[0].bias.data[0])

def init_xavier(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)

torch.manual_seed(1)
net[0].apply(init_xavier)
print(net[0].weight.data[0])
shared = nn.Linear(8, 8)
net2 = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared, nn.ReLU(), nn.Linear(8, 1))
print(net2[2].weight.data[0] == net2[4].weight.data[0])
print(sum(p.numel() for p in net2.parameters()))
