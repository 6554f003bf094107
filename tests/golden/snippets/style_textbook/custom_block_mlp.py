# A custom block: a hidden layer and an output layer, with the forward method written out.
import torch
from torch import nn
from torch.nn import functional as F

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.out = nn.Linear(256, 10)

    def forward(self, X):
        return self.out(F.relu(self.hidden(X)))

class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(torch.mm(X, self.rand_weight) + 1)
        X = self.linear(X)
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()

torch.manual_seed(1)
X = torch.rand(2, 20)
net = MLP()
print(net(X).shape, net)
fixed = FixedHiddenMLP()
print(fixed(X).shape, fixed(X).abs() <= 1)
print(len(list(fixed.parameters())))
