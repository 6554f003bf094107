# BatchNorm fails on a batch of one during training
import torch
import torch.nn as nn

torch.manual_seed(14)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU())
x = torch.randn(1, 3)
try:
    net(x)
except ValueError as e:
    print("ValueError:", e)
net.eval()
print(net(x))
print(net[1].running_mean, net[1].num_batches_tracked)
