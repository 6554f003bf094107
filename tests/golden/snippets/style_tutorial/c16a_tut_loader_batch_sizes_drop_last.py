# How many batches a DataLoader yields, with and without drop_last
import torch
from torch.utils.data import TensorDataset, DataLoader

ds = TensorDataset(torch.arange(11).float().view(11, 1), torch.arange(11) % 3)
for drop in (False, True):
    dl = DataLoader(ds, batch_size=4, drop_last=drop)
    print(drop, len(dl), [xb.shape[0] for xb, _ in dl])
last_x, last_y = list(DataLoader(ds, batch_size=4))[-1]
print(last_x, last_y, last_y.dtype)
print(ds[10], len(ds), ds.tensors[1])
