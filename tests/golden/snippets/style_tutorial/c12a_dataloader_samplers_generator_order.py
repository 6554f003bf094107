# Data loading: samplers, generators and the order batches come out in.
import torch
from torch.utils.data import (DataLoader, TensorDataset, RandomSampler, SequentialSampler,
                              SubsetRandomSampler, BatchSampler, WeightedRandomSampler)

ds = TensorDataset(torch.arange(10).float(), torch.arange(10) % 3)
print(len(ds), ds[4])
g = torch.Generator()
g.manual_seed(42)
print(list(RandomSampler(ds, generator=g)))
print(list(SequentialSampler(ds)))
g.manual_seed(42)
print(list(SubsetRandomSampler([1, 3, 5, 7], generator=g)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=True)))
g.manual_seed(0)
print(list(RandomSampler(ds, replacement=True, num_samples=5, generator=g)))
g.manual_seed(0)
w = torch.tensor([0.1, 0.1, 5.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])
print(list(WeightedRandomSampler(w, num_samples=6, replacement=True, generator=g)))
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(3))
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, xb.tolist(), yb.tolist())
loader2 = DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 4, False))
print([b[1].tolist() for b in loader2])
print(len(loader), len(loader2))
