# WeightedRandomSampler to oversample rare items
import torch
from torch.utils.data import WeightedRandomSampler

torch.manual_seed(16)
labels = torch.tensor([0, 0, 0, 0, 1, 1, 2])
counts = torch.bincount(labels).float()
weights = (1.0 / counts)[labels]
print(weights)
sampler = WeightedRandomSampler(weights, num_samples=10, replacement=True)
idx = list(sampler)
print(idx)
print(len(sampler))
print(torch.bincount(labels[idx], minlength=3))
try:
    WeightedRandomSampler(weights, num_samples=0)
except ValueError as e:
    print(e)
