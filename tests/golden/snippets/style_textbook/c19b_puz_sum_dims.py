# Puzzle: sum over rows, columns, everything - using only @ and ones
import torch

m = torch.arange(1, 7).reshape(2, 3)
ones_r = torch.ones(2, dtype=torch.long)
ones_c = torch.ones(3, dtype=torch.long)
print(ones_r @ m, m.sum(0))
print(m @ ones_c, m.sum(1))
print(ones_r @ m @ ones_c, m.sum())
print(m.sum(dim=(0, 1)), m.sum(-1, keepdim=True))
try:
    print(torch.ones(2) @ m)
except RuntimeError as e:
    print(e)
