# Network slimming: L1 on BatchNorm scales, then prune channels with small gamma
import torch
import torch.nn as nn

bn = nn.BatchNorm2d(6)
with torch.no_grad():
    bn.weight.copy_(torch.tensor([0.9, 0.01, 0.5, 0.002, 1.2, 0.05]))
l1 = bn.weight.abs().sum()
l1.backward()
print(bn.weight.grad)
keep = bn.weight.abs() > 0.04
print(keep, keep.sum().item())
idx = keep.nonzero().squeeze(1)
print(idx)
small = nn.BatchNorm2d(int(keep.sum()))
small.weight.data = bn.weight.data[idx].clone()
print(small, small.weight)
