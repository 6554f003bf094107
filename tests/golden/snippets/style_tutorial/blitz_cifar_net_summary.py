# A small conv net for 32x32 colour images: its printout, parameter count and a forward pass.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)

torch.manual_seed(1)
net = Net()
print(net)
params = list(net.parameters())
print(len(params), [tuple(p.shape) for p in params[:4]])
print(sum(p.numel() for p in net.parameters()))
out = net(torch.randn(2, 3, 32, 32))
print(out.shape, out.grad_fn)
_, predicted = torch.max(out, 1)
print(predicted.dtype, predicted.shape)
