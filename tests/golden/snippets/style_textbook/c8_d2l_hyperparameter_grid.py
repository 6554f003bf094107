# A small hyperparameter grid search: learning rates and hidden sizes, validation loss, the best setting.
import itertools
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(80, 4)
y = (X[:, :1] * 2 - X[:, 1:2]).tanh()
X_tr, y_tr, X_va, y_va = X[:60], y[:60], X[60:], y[60:]
results = {}
for lr, hidden in itertools.product([0.01, 0.1], [4, 16]):
    torch.manual_seed(1)
    net = nn.Sequential(nn.Linear(4, hidden), nn.ReLU(), nn.Linear(hidden, 1))
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(20):
        opt.zero_grad()
        nn.functional.mse_loss(net(X_tr), y_tr).backward()
        opt.step()
    with torch.no_grad():
        results[(lr, hidden)] = nn.functional.mse_loss(net(X_va), y_va).item()
for k, v in sorted(results.items(), key=lambda kv: kv[1]):
    print(k, f"{v:.4f}")
best = min(results, key=results.get)
print("best:", best)
