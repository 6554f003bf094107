# Multi-label tagging: one sigmoid per tag, BCEWithLogits, exact-match and per-tag accuracy
import torch
from torch import nn

torch.manual_seed(66)
X = torch.randn(40, 5)
W_true = torch.randn(5, 3)
Y = (X @ W_true > 0).float()
model = nn.Linear(5, 3)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
loss_fn = nn.BCEWithLogitsLoss()
for epoch in range(10):
    opt.zero_grad()
    loss = loss_fn(model(X), Y)
    loss.backward()
    opt.step()
with torch.no_grad():
    pred = (torch.sigmoid(model(X)) > 0.5).float()
print(f"loss {loss.item():.4f}")
print("per-tag acc", (pred == Y).float().mean(dim=0))
print("exact match", (pred == Y).all(dim=1).float().mean().item())
print(Y.sum(0), pred.sum(0))
