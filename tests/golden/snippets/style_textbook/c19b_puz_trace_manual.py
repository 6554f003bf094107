# Puzzle: trace via eye mask and sum
import torch

m = torch.arange(1, 10).reshape(3, 3)
mask = torch.arange(3)[:, None] == torch.arange(3)
print((m * mask).sum(), m.trace(), torch.trace(m))
print(m[mask])
print(m.masked_fill(mask, 0))
print(torch.trace(m.float()).dtype, torch.trace(m.bool()).dtype if False else "skip")
try:
    torch.trace(torch.arange(8).reshape(2, 2, 2))
except RuntimeError as e:
    print(e)
