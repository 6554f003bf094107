# TensorDataset and DataLoader: batch sizes, drop_last, len(), and a custom collate_fn.
import torch
from torch.utils.data import TensorDataset, DataLoader

features = torch.arange(22, dtype=torch.float32).reshape(11, 2)
targets = torch.arange(11) % 3
ds = TensorDataset(features, targets)
print(len(ds), ds[3])
print(ds.tensors[0].shape, ds.tensors[1].dtype)

for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=4, drop_last=drop_last)
    print("drop_last", drop_last, "batches", len(loader))
    for i, (xb, yb) in enumerate(loader):
        print(i, xb.shape, yb.tolist())

def collate(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs).sum(1), torch.tensor(ys)

loader = DataLoader(ds, batch_size=5, collate_fn=collate)
for xb, yb in loader:
    print(xb, yb)
it = iter(DataLoader(ds, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(5)))
print(next(it))
print(next(it)[1])
try:
    TensorDataset(features, targets[:5])
except AssertionError as e:
    print("AssertionError:", e)
