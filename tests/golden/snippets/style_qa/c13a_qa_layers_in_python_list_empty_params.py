# Q: "optimizer got an empty parameter list": layers kept in a plain Python list are not registered.
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = [nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])]

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


m = MLP([4, 8, 2])
print(len(list(m.parameters())))
try:
    torch.optim.SGD(m.parameters(), lr=0.1)
except ValueError as e:
    print("ValueError:", e)
print(m)


class FixedMLP(MLP):
    def __init__(self, sizes):
        super().__init__(sizes)
        self.layers = nn.ModuleList(self.layers)


f = FixedMLP([4, 8, 2])
print(len(list(f.parameters())), sum(p.numel() for p in f.parameters()))
print(f)
opt = torch.optim.SGD(f.parameters(), lr=0.1)
print(len(opt.param_groups[0]["params"]))
