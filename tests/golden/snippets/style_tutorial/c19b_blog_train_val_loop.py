# A clean train / validation loop
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(64, 4)
y = (X.sum(1) > 0).long()
train_dl = DataLoader(TensorDataset(X[:48], y[:48]), batch_size=16, shuffle=True)
val_dl = DataLoader(TensorDataset(X[48:], y[48:]), batch_size=16)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(3):
    model.train()
    total = 0.0
    for xb, yb in train_dl:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    model.eval()
    with torch.no_grad():
        correct = sum((model(xb).argmax(1) == yb).sum().item() for xb, yb in val_dl)
    print(f"epoch {epoch}: train_loss={total / 48:.4f} val_acc={correct / 16:.3f}")
