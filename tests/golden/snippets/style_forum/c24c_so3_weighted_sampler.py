# Q: oversampling a rare class with WeightedRandomSampler
import torch
from torch.utils.data import WeightedRandomSampler, SubsetRandomSampler, SequentialSampler

g = torch.Generator().manual_seed(1)
sampler = WeightedRandomSampler([0.1, 0.1, 0.8], num_samples=10, replacement=True, generator=g)
print(list(sampler))
print(len(sampler), list(SequentialSampler(range(4))))
sub = SubsetRandomSampler([5, 6, 7], generator=torch.Generator().manual_seed(0))
print(sorted(sub), len(sub))
