# RandomSampler with replacement, SequentialSampler, SubsetRandomSampler and BatchSampler with a generator.
import torch
from torch.utils.data import (TensorDataset, DataLoader, RandomSampler, SequentialSampler,
                              SubsetRandomSampler, BatchSampler)

ds = TensorDataset(torch.arange(10.0), torch.arange(10) % 3)
g = torch.Generator().manual_seed(123)
rs = RandomSampler(ds, replacement=True, num_samples=6, generator=g)
print(len(rs), list(rs))
print(list(SequentialSampler(ds)))
g2 = torch.Generator().manual_seed(5)
sub = SubsetRandomSampler([1, 3, 5, 7], generator=g2)
print(len(sub), list(sub), list(sub))
bs = BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)
print(list(bs), len(bs))
print(len(BatchSampler(range(7), batch_size=3, drop_last=True)))
g3 = torch.Generator().manual_seed(0)
loader = DataLoader(ds, batch_size=4, sampler=RandomSampler(ds, generator=g3))
for xb, yb in loader:
    print(xb, yb)
try:
    DataLoader(ds, shuffle=True, sampler=SequentialSampler(ds))
except ValueError as e:
    print("ValueError:", e)
loader2 = DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 5, False))
print([b[0].tolist() for b in loader2])
