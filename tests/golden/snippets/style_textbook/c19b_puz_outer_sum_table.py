# Puzzle: addition and multiplication tables via broadcasting
import torch

r = torch.arange(1, 6)
print(r[:, None] + r)
print(r[:, None] * r)
print((r[:, None] * r).diagonal(), r ** 2)
print((r[:, None] % r == 0).long())
print((r[:, None] % r == 0).sum(1))
