# How many batches and how big the last one is, with and without drop_last
import math
import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.randn(23, 2), torch.zeros(23))
for drop in (False, True):
    dl = DataLoader(ds, batch_size=5, drop_last=drop)
    sizes = [xb.shape[0] for xb, _ in dl]
    print(drop, len(dl), sizes)
print(math.ceil(len(ds) / 5), len(ds) // 5)
xb, yb = next(iter(DataLoader(ds, batch_size=4)))
print(xb.shape, yb.shape, yb.dtype)
