"""Regression with Softplus activations and the Adagrad optimizer."""
import torch
import torch.nn as nn

torch.manual_seed(3)
X = torch.rand(40, 3) * 2 - 1
y = (X ** 2).sum(dim=1, keepdim=True)
net = nn.Sequential(nn.Linear(3, 10), nn.Softplus(), nn.Linear(10, 1))
opt = torch.optim.Adagrad(net.parameters(), lr=0.1)
losses = []
for _ in range(50):
    opt.zero_grad()
    loss = nn.functional.smooth_l1_loss(net(X), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
print(losses[0], losses[24], losses[-1])
print(net[0].weight.grad[0])
