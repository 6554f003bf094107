# DataLoader options: drop_last, a SubsetRandomSampler with a generator, BatchSampler and batch_size=None.
import torch
from torch.utils.data import (DataLoader, TensorDataset, SubsetRandomSampler,
                              BatchSampler, SequentialSampler, RandomSampler)

x = torch.arange(10, dtype=torch.float32).unsqueeze(1)
y = (x.squeeze() * 2).long()
ds = TensorDataset(x, y)
print(ds[3])
loader = DataLoader(ds, batch_size=4, drop_last=True)
print(len(loader), [xb.shape[0] for xb, _ in loader])
loader = DataLoader(ds, batch_size=4)
print(len(loader), [yb.tolist() for _, yb in loader])
g = torch.Generator().manual_seed(0)
sampler = SubsetRandomSampler([0, 2, 4, 6, 8], generator=g)
print(list(sampler))
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=2, sampler=sampler)])
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=True)))
g = torch.Generator().manual_seed(1)
print(list(RandomSampler(range(6), generator=g)))
for item in DataLoader(ds, batch_size=None):
    print(item)
    break
try:
    DataLoader(ds, batch_size=2, shuffle=True, sampler=sampler)
except ValueError as e:
    print("ValueError:", e)
