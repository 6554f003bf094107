# fast.ai-style: a Dataset is anything with __getitem__ and __len__, here a list of (x, y) tuples;
# DataLoader collates them into batches, keeps or drops the short last batch.
import torch
from torch.utils.data import DataLoader

xs = torch.arange(22, dtype=torch.float32).view(11, 2)
ds = list(zip(xs, torch.arange(11) % 3))
print(ds[0], len(ds))
dl = DataLoader(ds, batch_size=4)
for xb, yb in dl:
    print(xb.shape, yb)
print(len(dl), len(DataLoader(ds, batch_size=4, drop_last=True)))
torch.manual_seed(42)
shuffled = DataLoader(ds, batch_size=5, shuffle=True)
first = next(iter(shuffled))
print(first[1], first[0].sum().item())
print([b.tolist() for b in DataLoader(range(7), batch_size=3)])
