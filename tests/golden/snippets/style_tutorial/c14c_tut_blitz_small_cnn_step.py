# Blitz "Neural Networks" section on a smaller image: conv, pool, fc, a dummy target,
# MSELoss, zero_grad, conv1.bias.grad before and after backward, then an SGD step.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.fc1 = nn.Linear(8 * 2 * 2, 12)
        self.fc2 = nn.Linear(12, 5)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc2(F.relu(self.fc1(x)))


torch.manual_seed(4)
net = Net()
inp = torch.randn(1, 1, 14, 14)
out = net(inp)
print(len(list(net.parameters())), out)
target = torch.randn(5).view(1, -1)
criterion, optimizer = nn.MSELoss(), torch.optim.SGD(net.parameters(), lr=0.01)
optimizer.zero_grad()
loss = criterion(out, target)
print(loss, loss.grad_fn.next_functions[0][0])
print('conv1.bias.grad before backward', net.conv1.bias.grad)
loss.backward()
print('conv1.bias.grad after backward', net.conv1.bias.grad)
optimizer.step()
print(criterion(net(inp), target).item())
