# Selecting with masks: torch.where (3 args and 1 arg), nonzero, masked_select, masked_fill, any/all.
import torch

torch.manual_seed(0)
scores = torch.randn(3, 4)
print(scores)
mask = scores > 0
print(mask)
print(torch.where(mask, scores, torch.zeros_like(scores)))
print(torch.where(scores > 0, scores, 0.0))
print(torch.where(mask))
print(mask.nonzero())
print(torch.nonzero(mask, as_tuple=True))
print(scores.masked_select(mask))
print(scores[mask])
print(scores.masked_fill(~mask, float("-inf")).softmax(dim=1))
print(mask.any(dim=1), mask.all(dim=0), mask.sum(), mask.float().mean())
print(torch.count_nonzero(scores > 0.5, dim=1))
rows = mask.any(1)
print(scores[rows].shape)
scores[scores < -1] = -1
print(scores.min())
print(torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), torch.tensor([1.5, 2.5])))
