# Minibatch SGD from scratch on a synthetic "airfoil"-like dataset, comparing batch sizes by final loss.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
features = torch.randn(300, 5)
features = (features - features.mean(axis=0)) / features.std(axis=0)
labels = features @ torch.tensor([0.5, -1.0, 0.25, 2.0, 0.0]) + 0.3 + 0.1 * torch.randn(300)

def sgd(params, states, hyperparams):
    for p in params:
        p.data.sub_(hyperparams["lr"] * p.grad)
        p.grad.data.zero_()

def evaluate_loss(net, data_iter, loss):
    total, n = 0.0, 0
    for X, y in data_iter:
        l = loss(net(X), y)
        total += l.sum().item()
        n += l.numel()
    return total / n

def train_ch11(trainer_fn, hyperparams, batch_size, num_epochs=2):
    w = torch.normal(mean=0.0, std=0.01, size=(5, 1), requires_grad=True)
    b = torch.zeros((1), requires_grad=True)
    net = lambda X: torch.matmul(X, w) + b
    loss = lambda y_hat, y: (y_hat - y.reshape(y_hat.shape)) ** 2 / 2
    data_iter = DataLoader(TensorDataset(features, labels), batch_size=batch_size, shuffle=True)
    for _ in range(num_epochs):
        for X, y in data_iter:
            l = loss(net(X), y).mean()
            l.backward()
            trainer_fn([w, b], None, hyperparams)
    print(f"batch {batch_size:3d}, lr {hyperparams['lr']}: loss {evaluate_loss(net, data_iter, loss):.4f}")
    return w

train_ch11(sgd, {"lr": 1}, 300, 10)
train_ch11(sgd, {"lr": 0.005}, 1)
train_ch11(sgd, {"lr": 0.4}, 100)
w = train_ch11(sgd, {"lr": 0.05}, 10)
print(w.T)
net = nn.Linear(5, 1)
nn.init.normal_(net.weight, std=0.01)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
loader = DataLoader(TensorDataset(features, labels), batch_size=10, shuffle=True)
for _ in range(2):
    for X, y in loader:
        opt.zero_grad()
        l = nn.MSELoss()(net(X), y.reshape(-1, 1)) / 2
        l.backward()
        opt.step()
print(f"concise loss {evaluate_loss(lambda X: net(X), loader, lambda a, b: (a - b.reshape(a.shape)) ** 2 / 2):.4f}")
