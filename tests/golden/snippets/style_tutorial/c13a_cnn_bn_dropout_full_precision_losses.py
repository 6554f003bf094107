# A small CNN with BatchNorm2d and Dropout trained on random "digits"; the loss printed at full precision.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(31)


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 6, 5)
        self.bn = nn.BatchNorm2d(6)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(6 * 6 * 6, 4)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn(self.conv(x))), 2)
        return self.fc(self.drop(x.flatten(1)))


net = ConvNet()
x = torch.rand(10, 1, 16, 16)
y = torch.randint(0, 4, (10,))
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
for it in range(5):
    opt.zero_grad()
    loss = F.cross_entropy(net(x), y)
    loss.backward()
    opt.step()
    print(it, loss.item())
net.eval()
with torch.no_grad():
    print(net(x[:2]))
print(net.bn.running_mean)
print(net.bn.num_batches_tracked.item())
