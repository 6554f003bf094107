# Q: naming layers in nn.Sequential
from collections import OrderedDict

import torch.nn as nn

net = nn.Sequential(OrderedDict([("fc1", nn.Linear(4, 3)), ("act", nn.GELU()), ("fc2", nn.Linear(3, 2))]))
print(net)
print(net.fc1, net[1])
net.append(nn.Softmax(dim=-1))
print(len(net), net[-1])
print(list(net.state_dict().keys()))
