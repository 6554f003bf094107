# Puzzle: gather along dim 1 with arange row indices
import torch

x = torch.tensor([[10, 11, 12], [20, 21, 22]])
idx = torch.tensor([[2, 0], [1, 1]])
mine = x[torch.arange(2)[:, None], idx]
print(mine)
print(torch.gather(x, 1, idx))
print(x.take_along_dim(idx, dim=1))
try:
    torch.gather(x, 1, idx.int())
except RuntimeError as e:
    print(e)
try:
    torch.gather(x, 1, torch.tensor([[3], [0]]))
except RuntimeError as e:
    print(e)
