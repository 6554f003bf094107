# Exercise: rank of each element (0 = smallest) via double argsort
import torch

x = torch.tensor([0.3, -1.2, 2.5, 0.0, 1.1])
ranks = x.argsort().argsort()
print(ranks)
print(torch.empty_like(ranks).scatter_(0, x.argsort(), torch.arange(5)))
M = torch.tensor([[3, 1, 2], [9, 7, 8]])
print(M.argsort(dim=1).argsort(dim=1))
