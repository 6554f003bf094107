import torch
from torch.utils.data import DataLoader, SequentialSampler, BatchSampler

ds = list(range(6))
try:
    DataLoader(ds, batch_size=2, shuffle=True, sampler=SequentialSampler(ds))
except Exception as e:
    print(type(e).__name__, e)
try:
    DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), shuffle=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), drop_last=True)
except Exception as e:
    print(type(e).__name__, e)
print(len(DataLoader(ds, batch_size=None)))
