# d2l concise MLP: nn.Sequential with Flatten, init_weights applied with normal std 0.01, train and test accuracy.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(46)
X = torch.rand(240, 1, 6, 6)
y = (X.mean(dim=(1, 2, 3)) * 10).long().clamp(0, 9) % 4
train_iter = DataLoader(TensorDataset(X[:180], y[:180]), batch_size=30, shuffle=True)
test_iter = DataLoader(TensorDataset(X[180:], y[180:]), batch_size=30)
net = nn.Sequential(nn.Flatten(), nn.Linear(36, 64), nn.ReLU(), nn.Linear(64, 4))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
batch_size, lr, num_epochs = 30, 0.1, 4
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=lr)

def evaluate_accuracy(net, data_iter):
    net.eval()
    correct, total = 0, 0
    with torch.no_grad():
        for Xb, yb in data_iter:
            correct += (net(Xb).argmax(axis=1) == yb).sum().item()
            total += yb.numel()
    return correct / total

for epoch in range(num_epochs):
    net.train()
    total_loss, n = 0.0, 0
    for Xb, yb in train_iter:
        l = loss(net(Xb), yb)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
        total_loss += float(l.sum())
        n += yb.numel()
    print(f"epoch {epoch + 1}: train loss {total_loss / n:.3f}, test acc {evaluate_accuracy(net, test_iter):.3f}")
print(net[1].weight.std(), net[3].bias)
