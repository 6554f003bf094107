# Quiz B31: freezing part of a model
import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
net[0].requires_grad_(False)
print([prm.requires_grad for prm in net.parameters()])
out = net(torch.ones(1, 2)).sum()
out.backward()
print([prm.grad is None for prm in net.parameters()])
still_training = [nm for nm, prm in net.named_parameters() if prm.requires_grad]
print(still_training)
