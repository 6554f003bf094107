# A layer used twice shares its parameters: changing one changes the other.
import torch
from torch import nn

torch.manual_seed(3)
shared = nn.Linear(8, 8)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared, nn.ReLU(), nn.Linear(8, 1))
net(torch.rand(2, 4))
print(net[2].weight.data[0] == net[4].weight.data[0])
net[2].weight.data[0, 0] = 100
print(net[2].weight.data[0] == net[4].weight.data[0])
print(net[4].weight.data[0, 0])
print(len(list(net.parameters())), len(net.state_dict()))
