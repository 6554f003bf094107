# Lecture: BatchNorm1d running statistics vs batch statistics.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3, momentum=0.1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
for i in range(3):
    x = torch.randn(8, 3) * 2 + 1
    out = bn(x)
    print(i, bn.running_mean, bn.running_var)
print(out.mean(0), out.var(0, unbiased=False))
bn.eval()
x = torch.randn(4, 3)
print(bn(x))
print((x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps))
print(bn.num_batches_tracked)
print(sorted(bn.state_dict().keys()))
