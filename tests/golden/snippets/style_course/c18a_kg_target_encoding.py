# Mean target encoding of a categorical column with scatter_add
import torch

cat = torch.tensor([0, 1, 1, 2, 0, 2, 2, 1, 0, 0])
target = torch.tensor([1., 0., 1., 1., 0., 1., 1., 0., 1., 1.])
sums = torch.zeros(3).scatter_add_(0, cat, target)
counts = torch.zeros(3).scatter_add_(0, cat, torch.ones_like(target))
means = sums / counts
print("per-category mean:", means)
prior, k = target.mean(), 2.0
smoothed = (sums + k * prior) / (counts + k)
print("smoothed:", smoothed)
print("encoded column:", smoothed[cat])
