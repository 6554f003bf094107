# Grouping interactions with BatchSampler and a SequentialSampler
import torch
from torch.utils.data import BatchSampler, SequentialSampler, RandomSampler, DataLoader, TensorDataset

ds = TensorDataset(torch.arange(7), torch.arange(7) * 10)
bs = BatchSampler(SequentialSampler(ds), batch_size=3, drop_last=False)
print(list(bs), len(bs))
dl = DataLoader(ds, batch_sampler=bs)
print([b[1].tolist() for b in dl])
g = torch.Generator().manual_seed(41)
print(list(RandomSampler(ds, generator=g)))
try:
    DataLoader(ds, batch_sampler=bs, batch_size=2)
except ValueError as e:
    print(e)
