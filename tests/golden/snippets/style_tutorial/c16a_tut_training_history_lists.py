# Collecting train and validation loss histories in lists, then summarising them
import torch
from torch import nn

torch.manual_seed(1640)
X = torch.randn(40, 3)
y = X @ torch.tensor([[0.2], [0.4], [-0.6]]) + 0.05 * torch.randn(40, 1)
Xtr, ytr, Xva, yva = X[:30], y[:30], X[30:], y[30:]
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2)
history = {"train": [], "val": []}
for epoch in range(6):
    model.train()
    loss = nn.functional.mse_loss(model(Xtr), ytr)
    opt.zero_grad(); loss.backward(); opt.step()
    model.eval()
    with torch.no_grad():
        history["val"].append(nn.functional.mse_loss(model(Xva), yva).item())
    history["train"].append(loss.item())
print(history["train"])
print(history["val"])
print(min(history["val"]), history["val"].index(min(history["val"])))
