# Concise MLP: Sequential with Flatten, two Linear layers and ReLU, train epochs with test accuracy printed.
import torch
from torch import nn

torch.manual_seed(0)
X_train, y_train = torch.randn(60, 2, 3), torch.randint(0, 4, (60,))
X_test, y_test = torch.randn(20, 2, 3), torch.randint(0, 4, (20,))
net = nn.Sequential(nn.Flatten(), nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 4))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
batch_size, lr, num_epochs = 15, 0.1, 4
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=lr)

def accuracy(y_hat, y):
    return float((y_hat.argmax(axis=1).type(y.dtype) == y).type(y.dtype).sum())

for epoch in range(num_epochs):
    net.train()
    total, correct, n = 0.0, 0.0, 0
    for i in range(0, 60, batch_size):
        X, y = X_train[i:i + batch_size], y_train[i:i + batch_size]
        y_hat = net(X)
        l = loss(y_hat, y)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
        total += float(l.sum())
        correct += accuracy(y_hat, y)
        n += y.numel()
    net.eval()
    with torch.no_grad():
        test_acc = accuracy(net(X_test), y_test) / y_test.numel()
    print(f'epoch {epoch + 1}, loss {total / n:.3f}, train acc {correct / n:.3f}, test acc {test_acc:.3f}')
