# K-fold cross-validation: index folds by hand, plus random_split with a seeded generator.
import torch
from torch import nn
from torch.utils.data import TensorDataset, random_split

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

torch.manual_seed(0)
X = torch.randn(40, 3)
y = X @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.1 * torch.randn(40, 1)
k = 4
valid_losses = []
for i in range(k):
    X_tr, y_tr, X_va, y_va = get_k_fold_data(k, i, X, y)
    net = nn.Linear(3, 1)
    opt = torch.optim.Adam(net.parameters(), lr=0.1)
    for _ in range(50):
        opt.zero_grad()
        l = nn.functional.mse_loss(net(X_tr), y_tr)
        l.backward()
        opt.step()
    with torch.no_grad():
        valid_losses.append(nn.functional.mse_loss(net(X_va), y_va).item())
    print(f"fold {i + 1}: train {l.item():.4f}, valid {valid_losses[-1]:.4f}, shapes {tuple(X_tr.shape)} {tuple(X_va.shape)}")
print(f"avg valid {sum(valid_losses) / k:.4f}")
ds = TensorDataset(X, y)
parts = random_split(ds, [10, 10, 10, 10], generator=torch.Generator().manual_seed(42))
print([len(p) for p in parts], parts[0].indices)
parts = random_split(ds, [0.7, 0.3], generator=torch.Generator().manual_seed(1))
print([len(p) for p in parts], sorted(parts[1].indices)[:5])
