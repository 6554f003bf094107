# Q: DataLoader argument errors: batch_size 0, shuffle with a sampler, len of a generator dataset.
import torch
from torch.utils.data import DataLoader, TensorDataset, RandomSampler, SequentialSampler

ds = TensorDataset(torch.arange(10.), torch.arange(10))
for kwargs in [dict(batch_size=0), dict(batch_size=-1), dict(shuffle=True, sampler=SequentialSampler(ds)),
               dict(batch_size=3, drop_last=True), dict(batch_size=None), dict(num_workers=-1),
               dict(batch_sampler=[[0, 1], [2]], batch_size=2)]:
    try:
        dl = DataLoader(ds, **kwargs)
        print(kwargs, 'ok', len(dl))
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
print(next(iter(DataLoader(ds, batch_size=None))))
try:
    TensorDataset(torch.ones(3), torch.ones(4))
except AssertionError as e:
    print('AssertionError', e)
print(len(RandomSampler(ds, num_samples=4)), list(SequentialSampler(range(3))))
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb, yb)
