# 4-fold cross-validation by hand with torch.randperm and Subset; a ridge-like linear model per fold.
import torch
from torch.utils.data import Subset, TensorDataset

torch.manual_seed(36)
X = torch.randn(20, 2)
y = X @ torch.tensor([1.5, -0.5]) + 0.1 * torch.randn(20)
ds = TensorDataset(X, y)
perm = torch.randperm(len(ds))
folds = perm.chunk(4)
scores = []
for k, val_idx in enumerate(folds):
    train_idx = torch.cat([f for j, f in enumerate(folds) if j != k])
    tr, va = Subset(ds, train_idx.tolist()), Subset(ds, val_idx.tolist())
    Xt, yt = X[train_idx], y[train_idx]
    w = torch.linalg.solve(Xt.T @ Xt + 0.1 * torch.eye(2), Xt.T @ yt)
    mse = ((X[val_idx] @ w - y[val_idx]) ** 2).mean()
    scores.append(mse.item())
    print(k, len(tr), len(va), w.round(decimals=3), round(mse.item(), 4))
print("mean", round(sum(scores) / len(scores), 4))
print(sorted(torch.cat(folds).tolist()) == list(range(20)))
