# The hand-written SGD update through .data, then the same with torch.optim.
import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
inp = torch.randn(5, 3)
target = torch.randn(5, 1)
criterion = nn.MSELoss()
learning_rate = 0.01
for step in range(3):
    net.zero_grad()
    loss = criterion(net(inp), target)
    loss.backward()
    for f in net.parameters():
        f.data.sub_(f.grad.data * learning_rate)
    print(step, f"{loss.item():.6f}")
print(net[0].bias.grad)
print(net[2].weight)
