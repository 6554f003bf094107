# House prices: standardising features, log RMSE with clamp, and slicing out K folds.
import torch
from torch import nn

torch.manual_seed(0)
features = torch.rand(10, 3) * torch.tensor([100.0, 5.0, 1.0])
features = (features - features.mean(0)) / features.std(0)
labels = torch.rand(10, 1) * 100000 + 50000
loss = nn.MSELoss()

def log_rmse(preds, labels):
    clipped_preds = torch.clamp(preds, 1, float('inf'))
    rmse = torch.sqrt(loss(torch.log(clipped_preds), torch.log(labels)))
    return rmse.item()

print(log_rmse(torch.full((10, 1), 100000.0), labels))
print(log_rmse(torch.full((10, 1), -5.0), labels))

def get_k_fold_data(k, i, X, y):
    fold_size = X.shape[0] // k
    X_train, y_train = None, None
    for j in range(k):
        idx = slice(j * fold_size, (j + 1) * fold_size)
        X_part, y_part = X[idx, :], y[idx]
        if j == i:
            X_valid, y_valid = X_part, y_part
        elif X_train is None:
            X_train, y_train = X_part, y_part
        else:
            X_train = torch.cat([X_train, X_part], 0)
            y_train = torch.cat([y_train, y_part], 0)
    return X_train, y_train, X_valid, y_valid

for i in range(5):
    Xtr, ytr, Xv, yv = get_k_fold_data(5, i, features, labels)
    print(i, tuple(Xtr.shape), tuple(Xv.shape), round(yv.mean().item(), 1))
