# A small LeNet-style CNN trained for a few steps on random 12x12 images, with train/test accuracy.
import torch
from torch import nn

torch.manual_seed(3)
net = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Conv2d(4, 8, kernel_size=3), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Flatten(), nn.Linear(8 * 2 * 2, 16), nn.ReLU(), nn.Linear(16, 3))
X = torch.rand(24, 1, 12, 12)
y = torch.randint(0, 3, (24,))
loss = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.3)

def evaluate_accuracy(net, X, y):
    net.eval()
    with torch.no_grad():
        return (net(X).argmax(dim=1) == y).float().mean().item()

for epoch in range(4):
    net.train()
    for i in range(0, 24, 8):
        optimizer.zero_grad()
        l = loss(net(X[i:i + 8]), y[i:i + 8])
        l.backward()
        optimizer.step()
    print(f'epoch {epoch + 1}, loss {l.item():.3f}, train acc {evaluate_accuracy(net, X, y):.3f}')
print(net[0].weight.grad.norm() > 0, net[3].bias.shape)
