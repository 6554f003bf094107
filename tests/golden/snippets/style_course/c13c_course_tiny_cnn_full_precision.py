import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
images = torch.randn(8, 1, 12, 12)
labels = torch.randint(0, 3, (8,))


class TinyCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, kernel_size=3)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 5 * 5, 3)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        return self.fc(torch.flatten(x, 1))


net = TinyCNN()
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for step in range(6):
    opt.zero_grad()
    out = net(images)
    loss = F.cross_entropy(out, labels)
    loss.backward()
    opt.step()
    print(f"step {step} loss {loss.item()!r}")
pred = net(images).argmax(dim=1)
print("train acc:", (pred == labels).float().mean().item())
print("conv weight grad norm:", net.conv.weight.grad.norm().item())
