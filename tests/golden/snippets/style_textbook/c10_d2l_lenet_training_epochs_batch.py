# LeNet (sigmoid, avg pool) trained for a few epochs on synthetic 28x28 digits with minibatches; loss per epoch.
import torch
from torch import nn

torch.manual_seed(0)
n = 48
X = torch.rand(n, 1, 28, 28) * 0.1
y = torch.arange(n) % 3
for i in range(n):
    c = int(y[i])
    X[i, 0, 4 + 6 * c:10 + 6 * c, 8:20] += 1.0
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(), nn.Linear(16 * 5 * 5, 60), nn.Sigmoid(), nn.Linear(60, 3))

def init_weights(m):
    if type(m) == nn.Linear or type(m) == nn.Conv2d:
        nn.init.xavier_uniform_(m.weight)

net.apply(init_weights)
optimizer = torch.optim.SGD(net.parameters(), lr=0.9)
loss = nn.CrossEntropyLoss()
for epoch in range(4):
    net.train()
    total, correct = 0.0, 0
    for i in range(0, n, 12):
        Xb, yb = X[i:i + 12], y[i:i + 12]
        optimizer.zero_grad()
        y_hat = net(Xb)
        l = loss(y_hat, yb)
        l.backward()
        optimizer.step()
        total += l.item() * Xb.shape[0]
        correct += (y_hat.argmax(1) == yb).sum().item()
    print(f"epoch {epoch + 1}, loss {total / n:.6f}, train acc {correct / n:.3f}")
