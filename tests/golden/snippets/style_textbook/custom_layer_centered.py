# A layer without parameters (CenteredLayer) and one with (MyLinear).
import torch
from torch import nn
from torch.nn import functional as F

class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean()

class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))

    def forward(self, X):
        return F.relu(torch.matmul(X, self.weight.data) + self.bias.data)

torch.manual_seed(15)
layer = CenteredLayer()
print(layer(torch.tensor([1.0, 2, 3, 4, 5])))
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
print(net(torch.rand(4, 8)).mean())
linear = MyLinear(5, 3)
print(linear.weight)
print(linear(torch.rand(2, 5)))
