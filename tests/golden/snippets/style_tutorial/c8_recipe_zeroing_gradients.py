# Recipe "Zeroing out gradients": gradients accumulate across backward calls until zero_grad.
import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
x, y = torch.randn(5, 4), torch.randn(5, 1)
criterion = nn.MSELoss()
for i in range(2):
    loss = criterion(net(x), y)
    loss.backward()
    print(i, net[2].bias.grad)
optimizer.zero_grad()
print(net[2].bias.grad)
optimizer.zero_grad(set_to_none=False)
loss = criterion(net(x), y)
loss.backward()
optimizer.zero_grad(set_to_none=False)
print(net[2].bias.grad, net[0].weight.grad.abs().sum())
net.zero_grad()
print(net[0].bias.grad)
running_loss = 0.0
for epoch in range(2):
    for i in range(3):
        optimizer.zero_grad()
        outputs = net(x)
        loss = criterion(outputs, y)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    print(f'[{epoch + 1}, {i + 1:5d}] loss: {running_loss / 3:.3f}')
    running_loss = 0.0
