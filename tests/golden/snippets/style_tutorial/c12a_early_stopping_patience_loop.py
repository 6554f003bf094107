# Early stopping with patience on a validation loss, restoring the best weights.
import copy
import torch
import torch.nn as nn

g = torch.Generator().manual_seed(5)
X = torch.randn(60, 3, generator=g)
y = (X[:, :1] * 2 - X[:, 1:2]) + 0.3 * torch.randn(60, 1, generator=g)
Xtr, ytr, Xva, yva = X[:40], y[:40], X[40:], y[40:]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
best, best_state, patience, bad = float("inf"), None, 3, 0
for epoch in range(50):
    model.train()
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(Xtr), ytr)
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(Xva), yva).item()
    improved = val < best - 1e-4
    if improved:
        best, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
    print(f"epoch {epoch:2d} train {loss.item():.4f} val {val:.4f}{' *' if improved else ''}")
    if bad >= patience:
        print("early stop at", epoch)
        break
model.load_state_dict(best_state)
with torch.no_grad():
    print(round(nn.functional.mse_loss(model(Xva), yva).item(), 6) == round(best, 6))
