# Q: my model has no parameters / the optimizer gets an empty list: layers kept in a plain Python list.
import torch
import torch.nn as nn

class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4) for _ in range(3)]

    def forward(self, x):
        for l in self.layers:
            x = l(x)
        return x

class ModuleListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])

    def forward(self, x):
        for l in self.layers:
            x = l(x)
        return x

torch.manual_seed(0)
a, b = ListNet(), ModuleListNet()
print(len(list(a.parameters())), len(list(b.parameters())))
print(a)
print(b)
try:
    torch.optim.SGD(a.parameters(), lr=0.1)
except ValueError as e:
    print("ValueError:", e)
print(sum(p.numel() for p in b.parameters()))
print(list(b.state_dict().keys())[:3])
print(b.layers[1], len(b.layers), b.layers[-1].bias.shape)
