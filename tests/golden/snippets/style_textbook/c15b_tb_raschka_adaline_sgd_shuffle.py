# Adaline trained with per-sample SGD on standardized features, shuffling every epoch.
import torch

torch.manual_seed(14)
X = torch.cat([torch.randn(10, 2) + 2, torch.randn(10, 2) - 2])
y = torch.cat([torch.ones(10), torch.zeros(10)])
X_std = (X - X.mean(dim=0)) / X.std(dim=0)
w = torch.zeros(2)
b = torch.tensor(0.0)
eta = 0.01
losses = []
for epoch in range(5):
    perm = torch.randperm(len(y))
    epoch_losses = []
    for xi, target in zip(X_std[perm], y[perm]):
        output = xi @ w + b
        error = target - output
        w = w + eta * 2.0 * xi * error
        b = b + eta * 2.0 * error
        epoch_losses.append(error ** 2)
    losses.append(torch.stack(epoch_losses).mean())
print(torch.stack(losses))
pred = torch.where(X_std @ w + b >= 0.5, 1, 0)
print(pred, (pred == y).float().mean())
