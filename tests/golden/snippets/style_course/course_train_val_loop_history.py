# A fit() loop keeping a history dict of train/val loss and accuracy per epoch, printed as a table.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
X = torch.randn(60, 4)
y = (X[:, 0] + X[:, 1] > 0).long()
train_ds, val_ds = random_split(TensorDataset(X, y), [48, 12])
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=12)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()
history = {'train_loss': [], 'val_loss': [], 'val_acc': []}
for epoch in range(4):
    model.train()
    total = 0.0
    for xb, yb in train_dl:
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    model.eval()
    with torch.no_grad():
        xb, yb = next(iter(val_dl))
        out = model(xb)
        history['train_loss'].append(total / len(train_ds))
        history['val_loss'].append(loss_fn(out, yb).item())
        history['val_acc'].append((out.argmax(1) == yb).float().mean().item())
for k, v in history.items():
    print(f"{k:10s}", " ".join(f"{x:.4f}" for x in v))
print(len(train_ds), len(val_ds), type(train_ds).__name__)
