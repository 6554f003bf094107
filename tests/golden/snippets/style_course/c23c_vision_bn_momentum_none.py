# BatchNorm momentum=None keeps a cumulative average of batch statistics.
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(1, momentum=None, affine=False)
for v in [1.0, 3.0, 5.0]:
    bn(torch.tensor([[v - 1], [v + 1]]))
    print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn2 = nn.BatchNorm1d(1, momentum=0.5, affine=False)
for v in [1.0, 3.0, 5.0]:
    bn2(torch.tensor([[v - 1], [v + 1]]))
print(bn2.running_mean, bn2.running_var)
print(bn)
