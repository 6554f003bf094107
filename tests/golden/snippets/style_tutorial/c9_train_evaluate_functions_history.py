# A training script split into train_one_epoch / evaluate functions that return metric dicts.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

def train_one_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total_loss, correct, seen = 0.0, 0, 0
    for xb, yb in loader:
        optimizer.zero_grad()
        logits = model(xb)
        loss = loss_fn(logits, yb)
        loss.backward()
        optimizer.step()
        total_loss += loss.item() * xb.size(0)
        correct += (logits.argmax(dim=1) == yb).sum().item()
        seen += xb.size(0)
    return {"loss": total_loss / seen, "acc": correct / seen}

@torch.no_grad()
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, seen = 0.0, 0, 0
    for xb, yb in loader:
        logits = model(xb)
        total_loss += loss_fn(logits, yb).item() * xb.size(0)
        correct += (logits.argmax(1) == yb).sum().item()
        seen += len(yb)
    return {"loss": total_loss / seen, "acc": correct / seen}

torch.manual_seed(42)
X = torch.randn(240, 6)
y = (X[:, 0] * X[:, 1] > 0).long() + (X[:, 2] > 1).long()
train_dl = DataLoader(TensorDataset(X[:200], y[:200]), batch_size=25, shuffle=True)
valid_dl = DataLoader(TensorDataset(X[200:], y[200:]), batch_size=50)
model = nn.Sequential(nn.Linear(6, 32), nn.ReLU(), nn.Linear(32, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
history = []
for epoch in range(1, 7):
    tr = train_one_epoch(model, train_dl, loss_fn, optimizer)
    va = evaluate(model, valid_dl, loss_fn)
    history.append({"epoch": epoch, **{f"train_{k}": v for k, v in tr.items()}, **{f"val_{k}": v for k, v in va.items()}})
    print(f"epoch {epoch}: train loss {tr['loss']:.4f} acc {tr['acc']:.3f} | val loss {va['loss']:.4f} acc {va['acc']:.3f}")
best = min(history, key=lambda h: h["val_loss"])
print("best epoch:", best["epoch"], round(best["val_acc"], 3))
print(y.bincount())
