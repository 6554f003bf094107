# LeNet with nn.BatchNorm2d/1d (concise): a few training steps, then gamma/beta of the first BN layer.
import torch
from torch import nn

torch.manual_seed(7)
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5), nn.BatchNorm2d(6), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.BatchNorm2d(16), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(), nn.Linear(16 * 4 * 4, 30), nn.BatchNorm1d(30), nn.Sigmoid(), nn.Linear(30, 4))
X = torch.randn(16, 1, 28, 28)
y = torch.randint(0, 4, (16,))
opt = torch.optim.SGD(net.parameters(), lr=1.0)
for step in range(3):
    opt.zero_grad()
    l = nn.functional.cross_entropy(net(X), y)
    l.backward()
    opt.step()
    print(step, l.item())
print(net[1].weight.reshape((-1,)), net[1].bias.reshape((-1,)))
print(net[1].running_var)
