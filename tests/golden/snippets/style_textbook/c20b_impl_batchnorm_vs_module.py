# batch norm forward by hand vs nn.BatchNorm1d (train mode and running stats)
import torch
import torch.nn as nn

torch.manual_seed(13)
bn = nn.BatchNorm1d(2, momentum=0.1)
x = torch.randn(5, 2) * 3 + 1
out = bn(x)
mine = (x - x.mean(0)) / (x.var(0, unbiased=False) + bn.eps).sqrt()
print(torch.allclose(out, mine, atol=1e-5))
print(bn.running_mean, 0.1 * x.mean(0))
print(bn.running_var, 0.9 + 0.1 * x.var(0, unbiased=True))
