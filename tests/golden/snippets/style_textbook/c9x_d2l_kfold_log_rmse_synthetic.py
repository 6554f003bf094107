# Kaggle-style k-fold cross-validation with log RMSE on synthetic positive prices.
import torch
from torch import nn

torch.manual_seed(0)
n, d = 60, 5
features = torch.randn(n, d)
labels = torch.exp(features @ torch.tensor([[0.3], [-0.2], [0.1], [0.0], [0.5]]) + 3.0)
loss = nn.MSELoss()

def log_rmse(net, features, labels):
    clipped_preds = torch.clamp(net(features), 1, float("inf"))
    rmse = torch.sqrt(loss(torch.log(clipped_preds), torch.log(labels)))
    return rmse.item()

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

def train(X, y, Xv, yv, epochs=30):
    net = nn.Linear(d, 1)
    nn.init.constant_(net.bias, 20.0)
    opt = torch.optim.Adam(net.parameters(), lr=0.5, weight_decay=0.0)
    for _ in range(epochs):
        opt.zero_grad()
        loss(net(X), y).backward()
        opt.step()
    return log_rmse(net, X, y), log_rmse(net, Xv, yv)

k = 4
tl_sum, vl_sum = 0, 0
for i in range(k):
    data = get_k_fold_data(k, i, features, labels)
    print("fold", i, [t.shape for t in data])
    tl, vl = train(*data)
    tl_sum += tl
    vl_sum += vl
    print(f"fold {i + 1}, train log rmse {tl:f}, valid log rmse {vl:f}")
print(f"{k}-fold: avg train log rmse: {tl_sum / k:f}, avg valid log rmse: {vl_sum / k:f}")
