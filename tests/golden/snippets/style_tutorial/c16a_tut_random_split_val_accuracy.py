# random_split into train/validation, then train a classifier and measure accuracy
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(1602)
x = torch.randn(40, 2)
labels = (x[:, 0] + x[:, 1] > 0).long()
full = TensorDataset(x, labels)
train_ds, val_ds = random_split(full, [30, 10], generator=torch.Generator().manual_seed(42))
print(len(train_ds), len(val_ds), val_ds.indices)

model = nn.Linear(2, 2)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for epoch in range(5):
    for xb, yb in DataLoader(train_ds, batch_size=10):
        loss = nn.functional.cross_entropy(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        xv, yv = next(iter(DataLoader(val_ds, batch_size=10)))
        acc = (model(xv).argmax(dim=1) == yv).float().mean()
    print(f"epoch {epoch} loss {loss.item():.6f} val_acc {acc.item()}")
