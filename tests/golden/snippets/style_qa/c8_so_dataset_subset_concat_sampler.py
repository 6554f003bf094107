# Q: Subset / ConcatDataset / WeightedRandomSampler for an imbalanced synthetic dataset.
import torch
from torch.utils.data import (ConcatDataset, DataLoader, Subset, TensorDataset, WeightedRandomSampler)

torch.manual_seed(0)
x = torch.arange(10.).unsqueeze(1)
y = torch.tensor([0] * 8 + [1] * 2)
ds = TensorDataset(x, y)
sub = Subset(ds, [0, 2, 9])
print(len(sub), sub[2], sub.indices)
both = ConcatDataset([ds, sub])
print(len(both), both[11], both.cumulative_sizes)
counts = torch.bincount(y)
weights = (1.0 / counts.float())[y]
print(counts, weights)
sampler = WeightedRandomSampler(weights, num_samples=20, replacement=True, generator=torch.Generator().manual_seed(1))
drawn = torch.tensor(list(sampler))
print(drawn, torch.bincount(y[drawn]))
dl = DataLoader(ds, batch_size=4, sampler=sampler)
print([yb.tolist() for _, yb in dl])
try:
    DataLoader(ds, batch_size=4, sampler=sampler, shuffle=True)
except ValueError as e:
    print("ValueError:", e)
