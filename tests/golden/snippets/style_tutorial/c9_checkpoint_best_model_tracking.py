# Keeping the best model during training: a validation metric, deepcopy of state_dict, restore at the end.
import copy
import torch
import torch.nn as nn

torch.manual_seed(3)
X = torch.randn(120, 5)
y = (X[:, 0] - 2 * X[:, 3] > 0).long()
Xtr, ytr, Xva, yva = X[:90], y[:90], X[90:], y[90:]
model = nn.Sequential(nn.Linear(5, 12), nn.ReLU(), nn.Linear(12, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.3)
best_acc, best_state, best_epoch = 0.0, None, -1
for epoch in range(15):
    model.train()
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(Xtr), ytr)
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        acc = (model(Xva).argmax(1) == yva).float().mean().item()
    if acc > best_acc:
        best_acc, best_epoch = acc, epoch
        best_state = copy.deepcopy(model.state_dict())
    print(f"epoch {epoch:2d} loss {loss.item():.4f} val acc {acc:.3f}")
print("best", best_epoch, round(best_acc, 3))
final_w = model[0].weight.clone()
model.load_state_dict(best_state)
print(torch.equal(model[0].weight, best_state["0.weight"]), torch.equal(model[0].weight, final_w))
best_state["0.weight"].zero_()
print(model[0].weight.abs().sum() > 0)
