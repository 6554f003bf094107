# A tiny CNN trained a few steps on random 8x8 images; shapes and losses printed.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)

class TinyCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        return self.fc(x.view(x.size(0), -1))

net = TinyCNN()
print(net)
imgs = torch.randn(6, 1, 8, 8)
labels = torch.tensor([0, 1, 2, 0, 1, 2])
print(net.conv(imgs).shape, net.pool(net.conv(imgs)).shape)
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for step in range(5):
    opt.zero_grad()
    out = net(imgs)
    loss = F.cross_entropy(out, labels)
    loss.backward()
    opt.step()
    print(f"step {step}: loss {loss.item():.5f}")
print(net.conv.weight.grad.shape, net.conv.weight.grad.abs().sum() > 0)
print(out.argmax(1))
print(F.softmax(out, dim=1).sum(1))
