# random_split into train/val with a generator; keep the best validation loss each epoch.
import copy
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(8)
X = torch.randn(80, 3)
y = X[:, :1] * 2 - X[:, 1:2] + 0.1 * torch.randn(80, 1)
ds = TensorDataset(X, y)
train_ds, val_ds = random_split(ds, [60, 20], generator=torch.Generator().manual_seed(0))
print(len(train_ds), len(val_ds), train_ds.indices[:5])
train_dl = DataLoader(train_ds, batch_size=20, shuffle=True, generator=torch.Generator().manual_seed(1))
val_dl = DataLoader(val_ds, batch_size=20)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
best_loss, best_state, best_epoch = float("inf"), None, -1
for epoch in range(6):
    model.train()
    for xb, yb in train_dl:
        opt.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val = sum(nn.functional.mse_loss(model(xb), yb, reduction="sum").item() for xb, yb in val_dl) / len(val_ds)
    if val < best_loss:
        best_loss, best_state, best_epoch = val, copy.deepcopy(model.state_dict()), epoch
    print(f"epoch {epoch} val_loss {val:.6f}")
print("best epoch", best_epoch, best_loss)
model.load_state_dict(best_state)
print(model.weight)
