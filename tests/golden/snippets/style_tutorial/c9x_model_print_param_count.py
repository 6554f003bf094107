# Printing a model and counting its parameters a few different ways.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 10)
        self.drop = nn.Dropout(0.25)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        x = self.pool(torch.relu(self.conv2(x)))
        x = torch.flatten(x, 1)
        return self.fc2(self.drop(torch.relu(self.fc1(x))))

torch.manual_seed(0)
net = Net()
print(net)
total = sum(p.numel() for p in net.parameters())
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(f"Total params: {total:,}")
print(f"Trainable params: {trainable:,}")
for p in net.conv1.parameters():
    p.requires_grad = False
print("after freezing conv1:", sum(p.numel() for p in net.parameters() if p.requires_grad))
print(f"{'name':<14}{'shape':<24}{'count':>8}")
for name, p in net.named_parameters():
    print(f"{name:<14}{str(tuple(p.shape)):<24}{p.numel():>8}  grad={p.requires_grad}")
for name, m in net.named_children():
    n = sum(p.numel() for p in m.parameters())
    print(name, type(m).__name__, n)
out = net(torch.randn(2, 1, 28, 28))
print(out.shape, out.dtype)
print("size MB: %.4f" % (total * 4 / 1024 ** 2))
