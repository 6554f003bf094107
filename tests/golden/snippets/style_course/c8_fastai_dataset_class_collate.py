# A minimal Dataset class, a DataLoader with a custom collate_fn, and a sampler over indices.
import torch
from torch.utils.data import Dataset, DataLoader, SequentialSampler, BatchSampler

class Ds(Dataset):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]

torch.manual_seed(0)
x = torch.arange(20.).view(10, 2)
y = torch.arange(10) % 3
ds = Ds(x, y)
print(len(ds), ds[0], ds[[1, 2]])

def collate(b):
    xs, ys = zip(*b)
    return torch.stack(xs), torch.stack(ys)

dl = DataLoader(ds, batch_size=4, collate_fn=collate)
for xb, yb in dl:
    print(xb.shape, yb)
dl2 = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)
for xb, yb in dl2:
    print(xb[:, 0], yb)
print(list(BatchSampler(SequentialSampler(ds), batch_size=3, drop_last=False)))
print(len(dl), len(dl2))
first = next(iter(DataLoader(ds, batch_size=3)))
print(type(first), first[0].dtype, first[1].dtype)
