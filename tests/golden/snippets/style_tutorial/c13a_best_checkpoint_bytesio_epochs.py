# Keeping the best model in memory during training: serialise state_dict to BytesIO when val improves.
import io
import torch
import torch.nn as nn

torch.manual_seed(25)
X = torch.randn(30, 2)
y = (X[:, 0] * X[:, 1] > 0).long()
Xv = torch.randn(10, 2)
yv = (Xv[:, 0] * Xv[:, 1] > 0).long()
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
best_acc, best_buf = -1.0, None
for epoch in range(8):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(X), y)
    loss.backward()
    opt.step()
    with torch.no_grad():
        acc = (model(Xv).argmax(1) == yv).float().mean().item()
    improved = acc > best_acc
    if improved:
        best_acc = acc
        best_buf = io.BytesIO()
        torch.save(model.state_dict(), best_buf)
    print(f"epoch {epoch} loss {loss.item():.4f} val_acc {acc:.2f}{' *' if improved else ''}")
best_buf.seek(0)
state = torch.load(best_buf, weights_only=True)
model.load_state_dict(state)
with torch.no_grad():
    print("restored acc", (model(Xv).argmax(1) == yv).float().mean().item() == best_acc)
print(type(state).__name__, list(state)[:2])
