# Multi-label classification with BCEWithLogitsLoss, pos_weight and a 0.5 threshold on sigmoid.
import torch
import torch.nn as nn

torch.manual_seed(13)
X = torch.randn(120, 6)
W = torch.randn(6, 4)
Y = (X @ W > 0.5).float()
print(Y.mean(0))
pos = (Y.shape[0] - Y.sum(0)) / Y.sum(0)
print(pos)
model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 4))
crit = nn.BCEWithLogitsLoss(pos_weight=pos)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
for epoch in range(1, 16):
    opt.zero_grad()
    logits = model(X)
    loss = crit(logits, Y)
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        pred = (torch.sigmoid(logits) > 0.5).float()
        exact = (pred == Y).all(1).float().mean()
        print(f"epoch {epoch} loss {loss.item():.4f} exact-match {exact.item():.3f}")
with torch.no_grad():
    probs = torch.sigmoid(model(X[:4]))
print(probs.round(decimals=2))
tp = ((probs > 0.5) & (Y[:4] == 1)).sum().item()
print("true positives in first 4:", tp)
