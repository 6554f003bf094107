# Puzzle: mean over the valid (unpadded) positions only
import torch

x = torch.tensor([[1.0, 2.0, 3.0, 0.0], [4.0, 0.0, 0.0, 0.0]])
lengths = torch.tensor([3, 1])
mask = torch.arange(x.shape[1]) < lengths[:, None]
print(mask.sum(1), mask.sum(1).dtype)
print((x * mask).sum(1) / mask.sum(1))
print(x.sum(1) / lengths)
print(torch.where(mask, x, float("nan")).nanmean(1))
print(mask.float().mean(), mask.to(torch.float16).sum())
