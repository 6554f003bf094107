# A stack of residual blocks kept in an nn.ModuleList
import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Linear(dim, dim)
    def forward(self, x):
        return x + torch.relu(self.fc(x))

class ResMLP(nn.Module):
    def __init__(self, dim, depth):
        super().__init__()
        self.blocks = nn.ModuleList([Block(dim) for _ in range(depth)])
        self.out = nn.Linear(dim, 1)
    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return self.out(x)

torch.manual_seed(1)
net = ResMLP(4, 3)
print(net)
print(len(net.blocks), net.blocks[-1].fc.weight.shape)
print(net(torch.ones(2, 4)).shape, len(list(net.parameters())))
