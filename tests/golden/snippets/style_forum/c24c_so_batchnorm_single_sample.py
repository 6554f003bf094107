# Q: Expected more than 1 value per channel when training
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(3)
try:
    bn(torch.ones(1, 3))
except ValueError as e:
    print("ValueError:", e)
bn.eval()
print(bn(torch.ones(1, 3)))
print(bn.running_mean, bn.num_batches_tracked)
