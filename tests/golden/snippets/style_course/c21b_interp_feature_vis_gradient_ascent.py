# feature visualisation: optimise an input to maximise one neuron, with an L2 penalty
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 4))
net.requires_grad_(False)
x = torch.zeros(1, 6, requires_grad=True)
with torch.no_grad():
    x.add_(0.01 * torch.randn(1, 6))
opt = torch.optim.Adam([x], lr=0.1)
unit = 1
for step in range(40):
    opt.zero_grad()
    act = net(x)[0, unit]
    loss = -act + 0.05 * x.pow(2).sum()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, round(act.item(), 4))
print(x.detach())
print(net(x).detach())
