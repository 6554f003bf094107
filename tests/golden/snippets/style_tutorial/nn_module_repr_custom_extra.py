# Module repr: extra_repr on a custom layer, nested containers, ModuleDict and ParameterList.
import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor
        self.weight = nn.Parameter(torch.ones(1))

    def extra_repr(self):
        return f"factor={self.factor}"

    def forward(self, x):
        return x * self.weight * self.factor

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Sequential(nn.Linear(2, 2), Scale(0.5)) for _ in range(2)])
        self.heads = nn.ModuleDict({'cls': nn.Linear(2, 3), 'reg': nn.Linear(2, 1)})
        self.extra = nn.ParameterList([nn.Parameter(torch.zeros(2)), nn.Parameter(torch.zeros(1, 2))])

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.heads['cls'](x)

torch.manual_seed(0)
net = Net()
print(net)
print(net(torch.ones(1, 2)).shape)
print(len(list(net.parameters())), len(net.state_dict()))
print([n for n, _ in net.named_modules()][:6])
