# Custom layers with parameters: a linear layer from nn.Parameter, used alone and inside a Sequential.
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
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)

torch.manual_seed(0)
linear = MyLinear(5, 3)
print(linear.weight)
print(linear(torch.rand(2, 5)))
net = nn.Sequential(MyLinear(8, 4), MyLinear(4, 2), CenteredLayer())
print(net)
print(net(torch.rand(2, 8)))
print(net(torch.rand(2, 8)).requires_grad)
