# Early stopping with patience: keep the best state_dict (deepcopy), stop when validation stops improving.
import copy
import torch
import torch.nn as nn

torch.manual_seed(21)
Xtr = torch.randn(40, 3)
ytr = Xtr @ torch.tensor([[0.5], [-1.0], [2.0]]) + 0.3 * torch.randn(40, 1)
Xva = torch.randn(15, 3)
yva = Xva @ torch.tensor([[0.5], [-1.0], [2.0]]) + 0.3 * torch.randn(15, 1)
model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
best_val, best_state, best_epoch = float("inf"), None, -1
patience, bad_epochs = 3, 0
for epoch in range(60):
    model.train()
    opt.zero_grad()
    loss = loss_fn(model(Xtr), ytr)
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        val = loss_fn(model(Xva), yva).item()
    if val < best_val - 1e-4:
        best_val, best_epoch, bad_epochs = val, epoch, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        bad_epochs += 1
    if epoch % 5 == 0:
        print(f"epoch {epoch:2d} train {loss.item():.4f} val {val:.4f}")
    if bad_epochs >= patience:
        print(f"early stop at epoch {epoch}; best epoch {best_epoch} val {best_val:.4f}")
        break
model.load_state_dict(best_state)
with torch.no_grad():
    print(round(loss_fn(model(Xva), yva).item(), 4) == round(best_val, 4))
print(list(best_state.keys()))
