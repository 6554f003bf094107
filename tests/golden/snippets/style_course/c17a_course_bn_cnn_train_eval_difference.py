# The same batch through a CNN with BatchNorm2d in train and in eval mode
import torch
from torch import nn

torch.manual_seed(33)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
x = torch.randn(4, 1, 5, 5) * 3 + 1
train_out = net(x)
net.eval()
eval_out = net(x)
print(train_out.shape, (train_out - eval_out).abs().max() > 0)
print(net[1].running_mean, net[1].running_var)
print(net[1].num_batches_tracked, net[1].training, net[1].track_running_stats)
with torch.no_grad():
    print(net(x).round(decimals=3))
