# Nesting Sequentials with add_module and reaching into them by index.
import torch
from torch import nn

def block1():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU())

def block2():
    net = nn.Sequential()
    for i in range(2):
        net.add_module(f'block {i}', block1())
    return net

torch.manual_seed(2)
rgnet = nn.Sequential(block2(), nn.Linear(4, 1))
print(rgnet)
print(rgnet[0][1][0].bias.data)
print(type(rgnet[0]), len(rgnet[0]))
X = torch.rand(size=(2, 4))
print(rgnet(X).shape)
print(list(rgnet.state_dict().keys())[:3])
