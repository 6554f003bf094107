import torch
from torch.utils.data import DataLoader, BatchSampler, SequentialSampler

bs = BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)
print(list(bs), len(bs))
dl = DataLoader(list(range(10, 17)), batch_sampler=bs)
print([b.tolist() for b in dl])
try:
    DataLoader(range(7), batch_sampler=bs, batch_size=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    BatchSampler(range(3), batch_size=0, drop_last=False)
except Exception as e:
    print(type(e).__name__, e)
