# freezing a layer the wrong way
import torch
import torch.nn as nn

torch.manual_seed(19)
net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
net[0].requires_grad = False
print([p.requires_grad for p in net.parameters()])
net[0].requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
out = net(torch.randn(3, 2)).sum()
out.backward()
print(net[0].weight.grad, net[1].weight.grad is None)
