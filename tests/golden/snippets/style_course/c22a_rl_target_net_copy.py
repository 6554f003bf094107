import copy
import torch
import torch.nn as nn

torch.manual_seed(7)
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
target = copy.deepcopy(net)
for p in target.parameters():
    p.requires_grad_(False)
with torch.no_grad():
    net[0].weight.add_(1.0)
print(torch.equal(net[0].weight, target[0].weight))
target.load_state_dict(net.state_dict())
print(torch.equal(net[0].weight, target[0].weight))
print(target[0].weight.requires_grad)
print(list(target.state_dict().keys()))
