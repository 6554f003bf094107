# Binary classification: BCEWithLogits, accuracy and a confusion matrix
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(60, 2)
y = (X[:, 0] + X[:, 1] > 0).float()
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(20):
    logits = model(X).squeeze(1)
    loss = nn.BCEWithLogitsLoss()(logits, y)
    opt.zero_grad(); loss.backward(); opt.step()
preds = (torch.sigmoid(model(X).squeeze(1)) > 0.5).float()
tp = ((preds == 1) & (y == 1)).sum().item()
tn = ((preds == 0) & (y == 0)).sum().item()
print(f"loss {loss.item():.4f} acc {(preds == y).float().mean().item():.3f}")
print(f"TP={tp} TN={tn} FP={int((preds == 1).sum()) - tp} FN={int((preds == 0).sum()) - tn}")
