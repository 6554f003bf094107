# Puzzle: keep only the k largest per row, zero the rest
import torch

x = torch.tensor([[3, 1, 4, 1], [5, 9, 2, 6]])
k = 2
vals, idx = x.topk(k, dim=1)
mask = torch.zeros_like(x, dtype=torch.bool).scatter(1, idx, True)
print(mask)
print(torch.where(mask, x, 0))
thresh = vals[:, -1:]
print(x * (x >= thresh))
print(x.topk(2, largest=False))
