# Q: I froze every parameter and now backward fails
import torch
from torch import nn

net = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
for p in net.parameters():
    p.requires_grad = False
out = net(torch.ones(2, 3)).sum()
try:
    out.backward()
except RuntimeError as e:
    print(e)
net[2].weight.requires_grad_(True)
net(torch.ones(2, 3)).sum().backward()
print([p.grad is None for p in net.parameters()])
