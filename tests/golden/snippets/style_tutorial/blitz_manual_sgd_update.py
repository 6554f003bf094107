# Updating weights by hand with weight = weight - lr * grad, then with optim.SGD.
import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(12)
net = nn.Linear(3, 2)
x, target = torch.randn(4, 3), torch.randn(4, 2)
criterion = nn.MSELoss()
loss = criterion(net(x), target)
loss.backward()
learning_rate = 0.01
for f in net.parameters():
    f.data.sub_(f.grad.data * learning_rate)
print(net.weight)
optimizer = optim.SGD(net.parameters(), lr=0.01)
optimizer.zero_grad()
output = net(x)
loss = criterion(output, target)
loss.backward()
optimizer.step()
print(loss.item())
print(net.bias)
