# Train/validation split with random_split and a seeded generator; shuffled DataLoader order per epoch.
import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

X = torch.arange(20, dtype=torch.float32).unsqueeze(1)
Y = (X.squeeze() % 2).long()
full = TensorDataset(X, Y)
train_ds, val_ds = random_split(full, [0.75, 0.25], generator=torch.Generator().manual_seed(0))
print(len(train_ds), len(val_ds))
print(sorted(train_ds.indices))
print(sorted(val_ds.indices))
g = torch.Generator()
g.manual_seed(123)
loader = DataLoader(train_ds, batch_size=4, shuffle=True, generator=g)
for epoch in range(2):
    order = []
    for xb, yb in loader:
        order.extend(xb.squeeze(1).long().tolist())
    print("epoch", epoch, order)
val_loader = DataLoader(val_ds, batch_size=10)
xb, yb = next(iter(val_loader))
print(xb.squeeze(1), yb)
print(type(train_ds).__name__, train_ds.dataset is full)
print(len(loader), len(DataLoader(train_ds, batch_size=4, drop_last=True)))
