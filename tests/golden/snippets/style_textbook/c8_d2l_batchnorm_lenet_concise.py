# Batch normalization in a LeNet: BatchNorm2d/1d after convs and linears, running stats after training.
import torch
from torch import nn

torch.manual_seed(5)
net = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3), nn.BatchNorm2d(4), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2), nn.Flatten(),
    nn.Linear(4 * 3 * 3, 10), nn.BatchNorm1d(10), nn.Sigmoid(),
    nn.Linear(10, 2))
print(net[1], net[6])
X = torch.rand(16, 1, 8, 8)
y = torch.randint(0, 2, (16,))
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for step in range(3):
    l = nn.functional.cross_entropy(net(X), y)
    opt.zero_grad()
    l.backward()
    opt.step()
    print(step, l.item())
print(net[1].running_mean, net[1].running_var)
print(net[1].weight.reshape((-1,)), net[1].bias.reshape((-1,)))
print(net[6].num_batches_tracked, net[6].momentum, net[6].eps)
net.eval()
print(net(X[:2]))
bn = nn.BatchNorm1d(3, affine=False, track_running_stats=False)
print(bn, bn(torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])))
