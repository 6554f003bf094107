# Course notebook: 4-fold cross-validation by hand with index chunks, training a fresh model per fold.
import torch
from torch import nn

torch.manual_seed(11)
X = torch.randn(40, 3)
y = (X @ torch.tensor([1.5, -2.0, 0.7]) + 0.3).unsqueeze(1) + 0.1 * torch.randn(40, 1)
k = 4
folds = torch.randperm(len(X)).chunk(k)
print([f.tolist()[:3] for f in folds])
scores = []
for i in range(k):
    val_idx = folds[i]
    train_idx = torch.cat([folds[j] for j in range(k) if j != i])
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(50):
        loss = nn.functional.mse_loss(model(X[train_idx]), y[train_idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(X[val_idx]), y[val_idx]).item()
    scores.append(val)
    print(f"fold {i}: train {len(train_idx)} val {len(val_idx)} loss {loss.item():.5f} val {val:.5f}")
scores = torch.tensor(scores)
print(f"mean {scores.mean():.5f} std {scores.std():.5f}")
