# Q: why does my state_dict contain running_mean and num_batches_tracked?
import torch
from torch import nn

net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
sd = net.state_dict()
for k, v in sd.items():
    print(k, tuple(v.shape), v.dtype)
print(len(list(net.parameters())), len(list(net.buffers())))
print(sd['1.num_batches_tracked'], sd['1.running_var'])
net.train()
net(torch.randn(5, 3))
print(net[1].num_batches_tracked, net.state_dict()['1.running_mean'].requires_grad)
