# Samplers: SequentialSampler, RandomSampler with a generator, SubsetRandomSampler, BatchSampler.
import torch
from torch.utils.data import (BatchSampler, DataLoader, RandomSampler, SequentialSampler,
                              SubsetRandomSampler, TensorDataset)

data = TensorDataset(torch.arange(10).float().unsqueeze(1), torch.arange(10))
print(list(SequentialSampler(data)))
g = torch.Generator().manual_seed(42)
print(list(RandomSampler(data, generator=g)))
print(list(RandomSampler(data, replacement=True, num_samples=5, generator=g)))
print(list(BatchSampler(SequentialSampler(data), batch_size=3, drop_last=False)))
print(list(BatchSampler(range(7), batch_size=3, drop_last=True)))

indices = list(range(10))
train_idx, val_idx = indices[:7], indices[7:]
train_loader = DataLoader(data, batch_size=4,
                          sampler=SubsetRandomSampler(train_idx, generator=torch.Generator().manual_seed(1)))
val_loader = DataLoader(data, batch_size=4, sampler=val_idx)
for xb, yb in train_loader:
    print("train", yb.tolist())
for xb, yb in val_loader:
    print("val", yb.tolist(), xb.squeeze(1))
loader = DataLoader(data, batch_sampler=BatchSampler(SequentialSampler(data), 4, False))
print([yb.tolist() for _, yb in loader])
try:
    DataLoader(data, batch_size=2, shuffle=True, sampler=val_idx)
except ValueError as e:
    print("ValueError:", e)
