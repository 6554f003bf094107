# train()/eval() propagate to children; requires_grad_ and half of a submodule; modules vs children.
import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.drop = nn.Dropout(0.5)
        self.bn = nn.BatchNorm1d(3)

    def forward(self, x):
        return self.bn(self.drop(self.lin(x)))

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block1 = Block()
        self.block2 = Block()
        self.head = nn.Linear(3, 1)

    def forward(self, x):
        return self.head(self.block2(self.block1(x)))

net = Net()
print([(n, m.training) for n, m in net.named_modules()][:4])
net.eval()
print(all(not m.training for m in net.modules()))
net.block1.train()
print(net.training, net.block1.training, net.block1.drop.training, net.block2.drop.training)
net.train(False)
print(net.block1.bn.training)
net.block2.requires_grad_(False)
print([n for n, p in net.named_parameters() if p.requires_grad])
print(len(list(net.children())), len(list(net.modules())), len(list(net.named_modules(prefix="net"))))
print([n for n, _ in net.named_modules(prefix="net")][:3])
print(sum(1 for _ in net.buffers()), [n for n, _ in net.named_buffers()][:3])
x = torch.randn(4, 3)
net.eval()
with torch.no_grad():
    print(net(x).shape, torch.equal(net(x), net(x)))
