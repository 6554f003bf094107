# Concise softmax regression with an evaluate_accuracy helper and an Accumulator, trained on synthetic data.
import torch
from torch import nn
from torch.utils import data

class Accumulator:
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def __getitem__(self, idx):
        return self.data[idx]

def accuracy(y_hat, y):
    return float((y_hat.argmax(axis=1).type(y.dtype) == y).type(y.dtype).sum())

def evaluate_accuracy(net, data_iter):
    net.eval()
    metric = Accumulator(2)
    with torch.no_grad():
        for X, y in data_iter:
            metric.add(accuracy(net(X), y), y.numel())
    return metric[0] / metric[1]

torch.manual_seed(0)
X = torch.randn(200, 1, 4, 4)
y = (X.flatten(1)[:, :5].sum(1) > 0).long() + (X.flatten(1)[:, 5:].sum(1) > 1).long()
train_iter = data.DataLoader(data.TensorDataset(X[:150], y[:150]), 25, shuffle=True,
                             generator=torch.Generator().manual_seed(0))
test_iter = data.DataLoader(data.TensorDataset(X[150:], y[150:]), 25)
net = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
net.apply(init_weights)
loss = nn.CrossEntropyLoss(reduction="none")
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
print(f"before: {evaluate_accuracy(net, test_iter):.3f}")
for epoch in range(4):
    net.train()
    metric = Accumulator(3)
    for Xb, yb in train_iter:
        y_hat = net(Xb)
        l = loss(y_hat, yb)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
        metric.add(float(l.sum()), accuracy(y_hat, yb), yb.numel())
    test_acc = evaluate_accuracy(net, test_iter)
    print(f"epoch {epoch + 1}: loss {metric[0] / metric[2]:.4f}, train acc {metric[1] / metric[2]:.3f}, test acc {test_acc:.3f}")
print(metric.data)
