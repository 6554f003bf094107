# d2l LeNet on a random 28x28 input: print each layer's output shape, then one training step's loss.
import torch
from torch import nn

torch.manual_seed(25)
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
    nn.Linear(120, 84), nn.Sigmoid(),
    nn.Linear(84, 10))
X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
for layer in net:
    X = layer(X)
    print(layer.__class__.__name__, 'output shape: \t', X.shape)

def init_weights(m):
    if type(m) == nn.Linear or type(m) == nn.Conv2d:
        nn.init.xavier_uniform_(m.weight)

net.apply(init_weights)
optimizer = torch.optim.SGD(net.parameters(), lr=0.9)
loss = nn.CrossEntropyLoss()
Xb = torch.rand(8, 1, 28, 28)
yb = torch.randint(0, 10, (8,))
for step in range(3):
    optimizer.zero_grad()
    y_hat = net(Xb)
    l = loss(y_hat, yb)
    l.backward()
    optimizer.step()
    print(step, f"{l.item():.5f}", (y_hat.argmax(1) == yb).sum().item())
print(sum(p.numel() for p in net.parameters()))
