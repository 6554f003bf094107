# Early stopping with patience, keeping the best model's state_dict (deep-copied) and restoring it.
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(60, 3)
y = x @ torch.tensor([[1.0], [-1.0], [0.5]]) + 0.3 * torch.randn(60, 1)
xtr, ytr, xva, yva = x[:40], y[:40], x[40:], y[40:]
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
best_loss, best_state, patience, bad = float('inf'), None, 3, 0
for epoch in range(50):
    opt.zero_grad()
    nn.functional.mse_loss(model(xtr), ytr).backward()
    opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(xva), yva).item()
    if val < best_loss - 1e-4:
        best_loss, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
        if bad >= patience:
            print(f"early stop at epoch {epoch}, best {best_loss:.4f}")
            break
model.load_state_dict(best_state)
with torch.no_grad():
    print(round(nn.functional.mse_loss(model(xva), yva).item(), 4) == round(best_loss, 4))
print(best_state['weight'])
