import torch
import torch.nn as nn

torch.manual_seed(16)
s = torch.sin(torch.arange(80.0) * 0.2) + 0.05 * torch.randn(80)
W = s.unfold(0, 6, 1)
X, y = W[:, :5], W[:, 5:]
Xtr, ytr, Xva, yva = X[:55], y[:55], X[55:], y[55:]
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
best, patience, bad = float("inf"), 3, 0
for epoch in range(40):
    opt.zero_grad()
    nn.functional.mse_loss(model(Xtr), ytr).backward()
    opt.step()
    with torch.no_grad():
        v = nn.functional.mse_loss(model(Xva), yva).item()
    if v < best - 1e-4:
        best, bad = v, 0
    else:
        bad += 1
    if bad >= patience:
        print("stop at", epoch)
        break
print(f"best val {best:.5f}")
