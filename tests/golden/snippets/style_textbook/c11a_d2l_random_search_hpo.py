# d2l hyperparameter optimization: random search over learning rate and hidden size with a validation objective.
import random
import torch
from torch import nn

torch.manual_seed(40)
random.seed(40)
X = torch.randn(200, 5)
y = (X @ torch.tensor([1.0, -2.0, 0.5, 0.0, 1.5]) + 0.3 * torch.randn(200)).unsqueeze(1)
X_tr, y_tr, X_va, y_va = X[:150], y[:150], X[150:], y[150:]

def objective(learning_rate, num_hiddens, epochs=20):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(5, num_hiddens), nn.ReLU(), nn.Linear(num_hiddens, 1))
    opt = torch.optim.SGD(net.parameters(), lr=learning_rate)
    for _ in range(epochs):
        opt.zero_grad()
        nn.functional.mse_loss(net(X_tr), y_tr).backward()
        opt.step()
    with torch.no_grad():
        return nn.functional.mse_loss(net(X_va), y_va).item()

config_space = {"learning_rate": (1e-3, 1e-1), "num_hiddens": [4, 8, 16, 32]}
results = []
for trial in range(6):
    lo, hi = config_space["learning_rate"]
    lr = 10 ** random.uniform(torch.log10(torch.tensor(lo)).item(), torch.log10(torch.tensor(hi)).item())
    nh = random.choice(config_space["num_hiddens"])
    err = objective(lr, nh)
    results.append((err, lr, nh))
    print(f"trial {trial}: lr={lr:.5f} hidden={nh} val_error={err:.5f}")
best = min(results)
print("best", best)
incumbent = [min(r[0] for r in results[:i + 1]) for i in range(len(results))]
print(incumbent)
