# eval() changes layer behaviour, requires_grad_(False) stops parameter gradients: two different switches
import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5))
net.eval()
print(net.training, all(p.requires_grad for p in net.parameters()))
net.requires_grad_(False)
print(net.training, any(p.requires_grad for p in net.parameters()))
x = torch.ones(1, 2, requires_grad=True)
out = net(x).sum()
out.backward()
print(out.requires_grad, x.grad.shape, net[0].weight.grad)
net.train()
print(net[1].training, net[0].weight.requires_grad)
