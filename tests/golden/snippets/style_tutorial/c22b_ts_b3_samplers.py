import torch
from torch.utils.data import BatchSampler, RandomSampler, SubsetRandomSampler, WeightedRandomSampler

# order in which a training loop would visit 8 windows of a series
windows = range(8)
chunks = BatchSampler(windows, batch_size=3, drop_last=True)
print("contiguous chunks:", list(chunks))
gen = torch.Generator().manual_seed(2)
print("shuffled:", list(RandomSampler(windows, replacement=True, num_samples=5, generator=gen)))
recent = SubsetRandomSampler([5, 6, 7], generator=torch.Generator().manual_seed(9))
print("recent only:", list(recent))
recency = torch.linspace(0.1, 1.0, 8)
pick = WeightedRandomSampler(recency, num_samples=4, replacement=False, generator=torch.Generator().manual_seed(3))
print("recency weighted:", list(pick))
