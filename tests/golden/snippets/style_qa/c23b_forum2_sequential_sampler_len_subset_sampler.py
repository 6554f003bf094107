import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, SequentialSampler

data = list(range(100, 110))
g = torch.Generator().manual_seed(2)
s = SubsetRandomSampler([0, 2, 4, 6], generator=g)
print(list(s), len(s))
dl = DataLoader(data, batch_size=3, sampler=s)
print(len(dl), [b.tolist() for b in dl])
print(list(SequentialSampler(data))[:3], len(SequentialSampler(data)))
