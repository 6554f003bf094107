# Bias gradients before and after backward, after zero_grad.
import torch
import torch.nn as nn

torch.manual_seed(11)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
loss = nn.MSELoss()(net(torch.randn(2, 4)), torch.randn(2, 2))
net.zero_grad()
print('bias.grad before backward')
print(net[0].bias.grad)
loss.backward()
print('bias.grad after backward')
print(net[0].bias.grad)
