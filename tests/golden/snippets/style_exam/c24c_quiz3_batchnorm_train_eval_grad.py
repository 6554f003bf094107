# Quiz C25: BatchNorm statistics after one training batch
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(2, momentum=0.5)
x = torch.tensor([[1.0, 10.0], [3.0, 20.0]])
out = bn(x)
print(out)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x))
