# Keeping a history dict and reporting the best epoch like a Kaggle notebook
import torch
import torch.nn as nn

torch.manual_seed(123)
X = torch.randn(80, 3); y = X.sum(1, keepdim=True) ** 2
Xtr, ytr, Xva, yva = X[:60], y[:60], X[60:], y[60:]
net = nn.Sequential(nn.Linear(3, 24), nn.ReLU(), nn.Linear(24, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.02)
history = {"train": [], "valid": []}
for epoch in range(40):
    opt.zero_grad(); loss = nn.functional.mse_loss(net(Xtr), ytr); loss.backward(); opt.step()
    with torch.no_grad():
        history["valid"].append(nn.functional.mse_loss(net(Xva), yva).item())
    history["train"].append(loss.item())
best_epoch = min(range(40), key=history["valid"].__getitem__)
print(f"best epoch {best_epoch}: train {history['train'][best_epoch]:.4f} valid {history['valid'][best_epoch]:.4f}")
print("last 3 valid:", [f"{v:.3f}" for v in history["valid"][-3:]])
