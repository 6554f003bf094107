# Custom initialisation with net.apply and nn.init functions.
import torch
from torch import nn

def init_normal(module):
    if type(module) == nn.Linear:
        nn.init.normal_(module.weight, mean=0, std=0.01)
        nn.init.zeros_(module.bias)

def init_constant(module):
    if type(module) == nn.Linear:
        nn.init.constant_(module.weight, 1)
        nn.init.zeros_(module.bias)

torch.manual_seed(11)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
net.apply(init_normal)
print(net[0].weight.data[0], net[0].bias.data[0])
net.apply(init_constant)
print(net[0].weight.data[0], net[0].bias.data[0])
nn.init.xavier_uniform_(net[0].weight)
nn.init.constant_(net[2].weight, 42)
print(net[0].weight.data[0])
print(net[2].weight.data)
