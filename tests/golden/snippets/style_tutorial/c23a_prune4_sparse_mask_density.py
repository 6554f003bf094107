# Density per row after magnitude pruning, and rows that died completely
import torch

w = torch.tensor([[0.01, 0.02, -0.03], [0.5, -0.4, 0.05], [0.0, 0.9, -0.02], [0.03, -0.01, 0.0]])
mask = w.abs() > 0.04
print(mask.float().mean(1))
print((mask.sum(1) == 0).nonzero().flatten())
print(torch.count_nonzero(w * mask), mask.sum())
