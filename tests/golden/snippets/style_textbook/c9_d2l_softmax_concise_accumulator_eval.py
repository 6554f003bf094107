# Concise softmax regression on three Gaussian clusters with an Accumulator and evaluate_accuracy.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

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
centers = torch.tensor([[2.0, 0.0], [-2.0, 1.0], [0.0, -2.5]])
y = torch.randint(0, 3, (300,))
X = centers[y] + torch.randn(300, 2)
train_iter = DataLoader(TensorDataset(X[:240], y[:240]), batch_size=32, shuffle=True)
test_iter = DataLoader(TensorDataset(X[240:], y[240:]), batch_size=32)
net = nn.Sequential(nn.Flatten(), nn.Linear(2, 3))
net.apply(lambda m: nn.init.normal_(m.weight, std=0.01) if type(m) == nn.Linear else None)
loss = nn.CrossEntropyLoss(reduction="none")
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
print("before:", evaluate_accuracy(net, test_iter))
for epoch in range(3):
    net.train()
    metric = Accumulator(3)
    for Xb, yb in train_iter:
        l = loss(net(Xb), yb)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
        metric.add(float(l.sum()), accuracy(net(Xb), yb), yb.numel())
    print(f"epoch {epoch + 1}, loss {metric[0] / metric[2]:.3f}, train acc {metric[1] / metric[2]:.3f}, "
          f"test acc {evaluate_accuracy(net, test_iter):.3f}")
