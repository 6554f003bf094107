# Splitting a TensorDataset into train and validation parts with a seeded generator.
import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

X = torch.arange(20, dtype=torch.float32).reshape(10, 2)
y = torch.arange(10) % 2
ds = TensorDataset(X, y)
train_ds, val_ds = random_split(ds, [8, 2], generator=torch.Generator().manual_seed(42))
print(len(train_ds), len(val_ds))
print(train_ds.indices, val_ds.indices)
print(val_ds[0])
a, b, c = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(0))
print(list(a), list(b), list(c))
for xb, yb in DataLoader(val_ds, batch_size=2):
    print(xb, yb)
