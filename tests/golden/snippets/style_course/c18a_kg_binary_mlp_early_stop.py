# Binary classification MLP with early stopping on validation loss
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(300, 5)
y = ((X[:, 0] * X[:, 1] + X[:, 2]) > 0).float().unsqueeze(1)
Xtr, ytr, Xva, yva = X[:240], y[:240], X[240:], y[240:]
model = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.BCEWithLogitsLoss()
best, best_state, patience, bad = float("inf"), None, 5, 0
for epoch in range(100):
    model.train(); opt.zero_grad()
    loss = loss_fn(model(Xtr), ytr); loss.backward(); opt.step()
    model.eval()
    with torch.no_grad():
        vl = loss_fn(model(Xva), yva).item()
    if vl < best - 1e-4:
        best, best_state, bad = vl, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
        if bad >= patience:
            print(f"early stop at epoch {epoch}")
            break
model.load_state_dict(best_state)
print(f"best valid loss {best:.4f}")
