import torch
from torch.utils.data import RandomSampler

g = torch.Generator().manual_seed(7)
print(list(RandomSampler(range(5), generator=g)))
print(list(RandomSampler(range(5), replacement=True, num_samples=8, generator=g)))
print(len(RandomSampler(range(5), num_samples=3)))
for kw in ({"num_samples": 0}, {"replacement": 1}):
    try:
        RandomSampler(range(5), **kw)
    except Exception as e:
        print(type(e).__name__, e)
