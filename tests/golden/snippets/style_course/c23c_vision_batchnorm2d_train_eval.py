# BatchNorm2d: the train output normalises with the biased batch variance, the running var is unbiased.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]]])
bn = nn.BatchNorm2d(1, momentum=1.0)
y = bn(x)
print(y[:, 0, 0])
print(bn.running_mean.item(), round(bn.running_var.item(), 4))
print(round(x.var(unbiased=False).item(), 4), round(x.var().item(), 4))
bn.eval()
print(bn(x)[1, 0, 1])
