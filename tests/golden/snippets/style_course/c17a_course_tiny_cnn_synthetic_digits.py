# A tiny LeNet-style CNN on 8x8 synthetic "digits" (a dot in one of four quadrants)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(314)
labels = torch.randint(0, 4, (40,))
imgs = torch.randn(40, 1, 8, 8) * 0.2
for k, (r, c) in enumerate([(1, 1), (1, 5), (5, 1), (5, 5)]):
    imgs[labels == k, 0, r:r + 2, c:c + 2] += 1.0

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)
        self.drop = nn.Dropout(0.25)
        self.fc1 = nn.Linear(4 * 4 * 4, 4)
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        return self.fc1(torch.flatten(self.drop(x), 1))

net = Net(); opt = torch.optim.SGD(net.parameters(), lr=0.2, momentum=0.5)
for epoch in range(6):
    net.train(); opt.zero_grad()
    loss = F.cross_entropy(net(imgs), labels)
    loss.backward(); opt.step()
    net.eval()
    with torch.no_grad():
        acc = net(imgs).argmax(1).eq(labels).sum().item()
    print(f"Train Epoch: {epoch}\tLoss: {loss.item():.6f}\tAccuracy: {acc}/40")
