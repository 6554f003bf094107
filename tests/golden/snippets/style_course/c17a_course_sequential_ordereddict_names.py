# nn.Sequential built from an OrderedDict: named layers, indexing by name and by position
from collections import OrderedDict
import torch
from torch import nn

torch.manual_seed(2)
net = nn.Sequential(OrderedDict([
    ("hidden", nn.Linear(3, 4)),
    ("act", nn.ReLU()),
    ("output", nn.Linear(4, 1)),
]))
print(net)
print(net.hidden is net[0], net[-1].out_features, list(net.state_dict().keys()))
net.add_module("final_act", nn.Sigmoid())
print(len(net), net(torch.zeros(2, 3)).shape, net[1:])
