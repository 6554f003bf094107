# random_split with a seeded generator, fractions, Subset indices and ConcatDataset.
import torch
from torch.utils.data import TensorDataset, random_split, ConcatDataset, Subset, DataLoader

X = torch.arange(20.0).view(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)
train, val = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
print(type(train).__name__, len(train), len(val))
print(train.indices, val.indices)
a, b, c = random_split(ds, [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(1))
print(len(a), len(b), len(c), sorted(a.indices + b.indices + c.indices) == list(range(10)))
print(val[0])
both = ConcatDataset([train, val])
print(len(both), both.cumulative_sizes, both[7][1])
sub = Subset(ds, [9, 0])
print(sub[0], len(sub))
xs = torch.stack([train[i][0] for i in range(len(train))])
print(xs.mean(0), xs.std(0))
for xb, yb in DataLoader(val, batch_size=2):
    print(xb, yb)
try:
    random_split(ds, [5, 6])
except ValueError as e:
    print("ValueError:", e)
