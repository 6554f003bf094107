import torch
from torch.utils.data import TensorDataset, DataLoader, RandomSampler

ds = TensorDataset(torch.zeros(4, 2))
for kwargs in [dict(num_workers=-1), dict(shuffle=True, sampler=RandomSampler(ds)),
               dict(batch_size=None, drop_last=True), dict(batch_size=0), dict(persistent_workers=True)]:
    try:
        DataLoader(ds, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    TensorDataset(torch.zeros(3), torch.zeros(4))
except AssertionError as e:
    print(type(e).__name__, e)
