# RMSprop with a custom alpha on a two-layer regression net
import torch
from torch import nn

torch.manual_seed(1621)
net = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.RMSprop(net.parameters(), lr=0.01, alpha=0.9)
X = torch.rand(20, 2)
y = (X[:, :1] - X[:, 1:]) * 3
for epoch in range(6):
    opt.zero_grad()
    loss = ((net(X) - y) ** 2).mean()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(opt)
print(opt.state[net[2].bias]["square_avg"])
