# 5-fold cross validation with index splitting (no sklearn)
import torch
from torch import nn

torch.manual_seed(77)
X = torch.randn(100, 3)
y = X @ torch.tensor([2.0, 0.0, -1.0]) + 0.1 * torch.randn(100)
folds = torch.randperm(100).chunk(5)
scores = []
for k, valid_idx in enumerate(folds):
    train_idx = torch.cat([f for j, f in enumerate(folds) if j != k])
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(100):
        opt.zero_grad()
        loss = ((model(X[train_idx]).squeeze(1) - y[train_idx]) ** 2).mean()
        loss.backward(); opt.step()
    with torch.no_grad():
        mse = ((model(X[valid_idx]).squeeze(1) - y[valid_idx]) ** 2).mean().item()
    scores.append(mse)
    print(f"fold {k}: valid mse {mse:.5f}")
print(f"CV mean {sum(scores) / len(scores):.5f}")
