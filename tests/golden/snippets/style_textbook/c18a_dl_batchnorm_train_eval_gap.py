# The train/eval gap of batch norm with a small batch: batch statistics vs running statistics
import torch
from torch import nn

torch.manual_seed(36)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
X = torch.randn(256, 3) * 2 + 1
for i in range(0, 256, 32):
    net(X[i:i + 32])
small = X[:4]
net.train()
train_out = net(small)
net.eval()
eval_out = net(small)
print(train_out.detach().squeeze(1))
print(eval_out.detach().squeeze(1))
print(net[1].num_batches_tracked, net[1].running_mean)
