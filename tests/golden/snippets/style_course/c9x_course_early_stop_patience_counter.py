# Course notebook: train/val loop with a patience counter; stop when validation loss stops improving.
import torch
from torch import nn

torch.manual_seed(4)
X = torch.randn(60, 8)
y = X[:, :2].sum(1, keepdim=True) + 0.5 * torch.randn(60, 1)
Xtr, ytr, Xva, yva = X[:40], y[:40], X[40:], y[40:]
model = nn.Sequential(nn.Linear(8, 64), nn.ReLU(), nn.Linear(64, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
best, patience, bad_epochs, best_epoch = float("inf"), 3, 0, -1
history = []
for epoch in range(40):
    model.train()
    loss = nn.functional.mse_loss(model(Xtr), ytr)
    opt.zero_grad()
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(Xva), yva).item()
    history.append((round(loss.item(), 4), round(val, 4)))
    if val < best - 1e-4:
        best, bad_epochs, best_epoch = val, 0, epoch
    else:
        bad_epochs += 1
        if bad_epochs >= patience:
            print(f"early stopping at epoch {epoch}")
            break
print(history[:5])
print(f"best epoch {best_epoch} val {best:.4f} epochs run {len(history)}")
