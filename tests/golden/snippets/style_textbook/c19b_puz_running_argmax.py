# Puzzle: the index where each running maximum was reached
import torch

a = torch.tensor([2, 5, 1, 5, 7, 3])
vals, idx = a.cummax(0)
print(vals, idx)
n = a.shape[0]
upto = torch.arange(n)[:, None] >= torch.arange(n)
best = torch.where(upto, a, -1)
print(best.argmax(1))
print(torch.tensor([1.0, float("nan"), 0.0]).cummax(0))
