# model.eval() turns dropout off so the attack sees a deterministic model
import torch
import torch.nn as nn

torch.manual_seed(13)
net = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.Linear(4, 1))
x = torch.ones(1, 4)
print(net.training, net[1].training)
net.eval()
print(net.training, net[1].training)
a = net(x)
b = net(x)
print(torch.equal(a, b))
net.train()
torch.manual_seed(0)
c = net(x)
torch.manual_seed(0)
d = net(x)
print(torch.equal(c, d), torch.equal(a, c))
print(net)
