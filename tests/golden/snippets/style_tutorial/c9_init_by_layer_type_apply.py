# Initialising by layer type with model.apply: Conv2d kaiming, BatchNorm ones/zeros, Linear normal.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(16, 2)
        self.emb = nn.Embedding(5, 2)

    def forward(self, x):
        return self.fc(torch.relu(self.bn(self.conv(x))).mean((2, 3)).repeat(1, 4))

def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        if m.bias is not None:
            nn.init.constant_(m.bias, 0)
    elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
        nn.init.constant_(m.weight, 1)
        nn.init.constant_(m.bias, 0)
    elif isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, 0, 0.01)
        nn.init.zeros_(m.bias)
    elif isinstance(m, nn.Embedding):
        nn.init.uniform_(m.weight, -0.05, 0.05)
    print("visited", type(m).__name__)

torch.manual_seed(0)
net = Net()
net.apply(init_weights)
print(net.conv.weight.std(), net.conv.bias)
print(net.fc.weight.abs().max() < 0.05, net.fc.bias)
print(net.emb.weight)
print(net(torch.randn(2, 3, 5, 5)))
with torch.no_grad():
    net.fc.weight.fill_(0.5)
print(net.fc.weight.sum())
