# Logging metrics by hand (no TensorBoard): a history dict, running averages, best checkpoint in memory.
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
X, y = torch.randn(40, 3), torch.randint(0, 2, (40,))
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
history = {"loss": [], "acc": []}
best_acc, best_state = 0.0, None
for epoch in range(6):
    opt.zero_grad()
    out = model(X)
    loss = nn.functional.cross_entropy(out, y)
    loss.backward()
    opt.step()
    acc = (out.argmax(1) == y).float().mean().item()
    history["loss"].append(round(loss.item(), 4))
    history["acc"].append(round(acc, 3))
    if acc > best_acc:
        best_acc, best_state = acc, copy.deepcopy(model.state_dict())
print(history)
print(best_acc, list(best_state.keys())[:2], best_state["2.bias"])
model.load_state_dict(best_state)
avg = sum(history["loss"]) / len(history["loss"])
print(f"avg loss {avg:.4f}", torch.tensor(history["loss"]).mean())
