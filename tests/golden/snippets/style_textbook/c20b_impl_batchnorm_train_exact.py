# BatchNorm1d training forward at full precision vs the formula
import torch
import torch.nn as nn

torch.manual_seed(122)
x = torch.randn(16, 4) * 5 + 3
bn = nn.BatchNorm1d(4)
ref = bn(x)
mine = (x - x.mean(0)) / torch.sqrt(x.var(0, unbiased=False) + 1e-5)
print((ref - mine).abs().max().item())
print(ref[0].tolist())
print(bn.running_var.tolist())
