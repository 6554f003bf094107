# Why model.eval() matters: dropout behaves differently
import torch
import torch.nn as nn

torch.manual_seed(5)
net = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5))
x = torch.ones(1, 4)

net.train()  # training mode: dropout is active
print("train:", net(x))
print("train again:", net(x))

net.eval()  # evaluation mode: dropout does nothing
print("eval:", net(x))
print("training flag:", net.training, net[1].training)
