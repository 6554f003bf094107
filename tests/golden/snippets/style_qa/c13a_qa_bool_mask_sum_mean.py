# Q: counting with boolean masks: sum gives int64, mean of a bool tensor fails, float() first.
import torch

scores = torch.tensor([0.2, 0.9, 0.7, 0.1, 0.6])
mask = scores > 0.5
print(mask, mask.dtype, mask.sum(), mask.sum().dtype)
try:
    mask.mean()
except RuntimeError as e:
    print(e)
print(mask.float().mean(), mask.double().mean(), mask.sum() / mask.numel())
print(mask.any(), mask.all(), mask.count_nonzero(), torch.count_nonzero(mask))
print(mask.long().cumsum(0), mask.int().sum(dtype=torch.int32).dtype)
print((~mask).sum().item(), mask.logical_not().nonzero(as_tuple=True))
print(scores[mask].sum(), torch.where(mask, scores, torch.zeros_like(scores)))
print(mask + mask, mask * 3, (mask & mask).dtype)
