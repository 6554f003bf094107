# Layers and modules: MLP class, MySequential with add_module, FixedHiddenMLP and a nested chimera.
import torch
from torch import nn
from torch.nn import functional as F

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(16)
        self.out = nn.LazyLinear(4)

    def forward(self, X):
        return self.out(F.relu(self.hidden(X)))

class MySequential(nn.Module):
    def __init__(self, *args):
        super().__init__()
        for idx, module in enumerate(args):
            self.add_module(str(idx), module)

    def forward(self, X):
        for module in self.children():
            X = module(X)
        return X

class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand((20, 20))
        self.linear = nn.LazyLinear(20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(X @ self.rand_weight + 1)
        X = self.linear(X)
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()

class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.LazyLinear(16), nn.ReLU(), nn.LazyLinear(8), nn.ReLU())
        self.linear = nn.LazyLinear(4)

    def forward(self, X):
        return self.linear(self.net(X))

torch.manual_seed(1)
X = torch.rand(2, 20)
net = MLP()
print(net(X).shape)
net = MySequential(nn.LazyLinear(16), nn.ReLU(), nn.LazyLinear(4))
print(net(X))
print(net)
net = FixedHiddenMLP()
print(net(X))
chimera = nn.Sequential(NestMLP(), nn.LazyLinear(20), FixedHiddenMLP())
print(chimera(X))
print(chimera)
print(len(list(chimera.parameters())))
