import torch
from torch import nn

bn = nn.BatchNorm2d(3)
print(bn.weight)
print(bn.bias)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
print(nn.BatchNorm1d(2, affine=False).weight)
print(nn.BatchNorm1d(2, track_running_stats=False).running_mean)
