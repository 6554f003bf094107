# Concise softmax regression: Flatten + Linear, init normal std 0.01, and an accuracy helper over a loader.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
X = torch.rand(20, 1, 4, 4)
y = torch.randint(0, 3, (20,))
loader = DataLoader(TensorDataset(X, y), batch_size=8)

def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())

def evaluate_accuracy(net, data_iter):
    net.eval()
    metric = [0.0, 0.0]
    with torch.no_grad():
        for X, y in data_iter:
            metric[0] += accuracy(net(X), y)
            metric[1] += y.numel()
    return metric[0] / metric[1]

print(evaluate_accuracy(net, loader))
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
loss = nn.CrossEntropyLoss(reduction='none')
for X_, y_ in loader:
    l = loss(net(X_), y_)
    trainer.zero_grad()
    l.mean().backward()
    trainer.step()
print(l.shape, evaluate_accuracy(net, loader))
