# d2l custom layers: a layer without parameters (CenteredLayer) and with parameters (MyLinear), in a net.
import torch
from torch import nn
from torch.nn import functional as F

class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean()

layer = CenteredLayer()
print(layer(torch.tensor([1.0, 2, 3, 4, 5])))
net = nn.Sequential(nn.LazyLinear(128), CenteredLayer())
torch.manual_seed(0)
Y = net(torch.rand(4, 8))
print(Y.mean().abs() < 1e-6, Y.shape)

class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))

    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)

torch.manual_seed(1)
linear = MyLinear(5, 3)
print(linear.weight)
print(linear(torch.rand(2, 5)))
net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
print(net(torch.rand(2, 64)))
print([name for name, _ in net.named_parameters()])
out = net(torch.rand(2, 64)).sum()
print(out.requires_grad)
