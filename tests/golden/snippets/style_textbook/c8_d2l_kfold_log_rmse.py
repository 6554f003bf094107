# K-fold cross-validation: get_k_fold_data by slices and cat, log_rmse with clamp, averaged fold errors.
import torch
from torch import nn

def get_k_fold_data(k, i, X, y):
    assert k > 1
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

def log_rmse(net, features, labels):
    clipped_preds = torch.clamp(net(features), 1, float('inf'))
    rmse = torch.sqrt(nn.MSELoss()(torch.log(clipped_preds), torch.log(labels)))
    return rmse.item()

torch.manual_seed(0)
X = torch.randn(40, 3)
y = (X @ torch.tensor([[2.0], [1.0], [-1.0]]) + 10).abs()
k = 4
train_l_sum, valid_l_sum = 0, 0
for i in range(k):
    X_train, y_train, X_valid, y_valid = get_k_fold_data(k, i, X, y)
    net = nn.Linear(3, 1)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.5, weight_decay=0.01)
    for epoch in range(20):
        optimizer.zero_grad()
        nn.MSELoss()(net(X_train), y_train).backward()
        optimizer.step()
    train_l, valid_l = log_rmse(net, X_train, y_train), log_rmse(net, X_valid, y_valid)
    train_l_sum += train_l
    valid_l_sum += valid_l
    print(f'fold {i + 1}, train log rmse {float(train_l):f}, valid log rmse {float(valid_l):f}')
print(f'{k}-fold validation: avg train log rmse: {float(train_l_sum / k):f}, '
      f'avg valid log rmse: {float(valid_l_sum / k):f}')
