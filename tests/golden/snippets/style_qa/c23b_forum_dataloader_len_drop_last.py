import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10).float())
for drop in (False, True):
    dl = DataLoader(ds, batch_size=4, drop_last=drop)
    print(drop, len(dl), [b[0].shape[0] for b in dl])
dl = DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
print([b[0].tolist() for b in dl])
try:
    DataLoader(ds, batch_size=0)
except Exception as e:
    print(type(e).__name__, e)
