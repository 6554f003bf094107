# Synthetic tabular data + standard scaling fitted on train only
import torch

torch.manual_seed(2024)
n = 200
age = torch.randint(18, 70, (n, 1)).float()
income = torch.exp(torch.randn(n, 1) * 0.5 + 10)
score = torch.rand(n, 1) * 100
X = torch.cat([age, income, score], dim=1)
idx = torch.randperm(n)
train_idx, valid_idx = idx[:160], idx[160:]
mu = X[train_idx].mean(dim=0)
sigma = X[train_idx].std(dim=0)
X_train = (X[train_idx] - mu) / sigma
X_valid = (X[valid_idx] - mu) / sigma
print("train mean:", X_train.mean(0))
print("train std :", X_train.std(0))
print("valid mean:", X_valid.mean(0))
print(X_train.shape, X_valid.shape)
