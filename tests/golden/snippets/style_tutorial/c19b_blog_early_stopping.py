# Early stopping in 15 lines
import torch
import torch.nn as nn

torch.manual_seed(0)
X, y = torch.randn(40, 2), torch.randn(40, 1)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
best, patience, bad = float("inf"), 3, 0
for epoch in range(100):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X[:30]), y[:30])
    loss.backward()
    opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(X[30:]), y[30:]).item()
    if val < best - 1e-4:
        best, bad = val, 0
    else:
        bad += 1
    if bad >= patience:
        print(f"Early stop at epoch {epoch}, best val {best:.5f}")
        break
