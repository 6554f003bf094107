# Inspecting a nested model: named_children, named_modules, buffers and a parameter-count table.
import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(c)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x))) + x

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 4, 1)
        self.blocks = nn.Sequential(Block(4), Block(4))
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.blocks(self.stem(x)).mean((2, 3)))

torch.manual_seed(1)
net = Net()
print([n for n, _ in net.named_children()])
print([n for n, _ in net.named_modules()])
for name, buf in net.named_buffers():
    print(name, tuple(buf.shape), buf.dtype)
total = 0
for name, p in net.named_parameters():
    print(f"{name:25s} {str(list(p.shape)):15s} {p.numel():5d}")
    total += p.numel()
print("total", total, sum(p.numel() for p in net.parameters() if p.requires_grad))
print(net.blocks[1].bn)
out = net(torch.randn(2, 3, 5, 5))
print(out.shape, net.blocks[0].bn.num_batches_tracked)
print(net.get_submodule("blocks.1.conv"))
