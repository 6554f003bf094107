# Custom layers with parameters: MyLinear with its own ReLU, used inside Sequential, plus a reduction layer.
import torch
from torch import nn
from torch.nn import functional as F

class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))

    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)

class MyLinearGrad(MyLinear):
    def forward(self, X):
        return F.relu(X @ self.weight + self.bias)

class ReduceSum(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.weight = nn.Parameter(torch.rand(k, k, k))

    def forward(self, X):
        return torch.einsum("bi,bj,ijk->bk", X, X, self.weight)

torch.manual_seed(0)
linear = MyLinear(5, 3)
print(linear.weight)
print(linear(torch.rand(2, 5)))
net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
print(net(torch.rand(2, 64)))
g = MyLinearGrad(3, 2)
out = g(torch.ones(4, 3)).sum()
out.backward()
print(g.weight.grad, g.bias.grad)
out_nograd = linear(torch.ones(1, 5)).sum()
print(out_nograd.requires_grad)
r = ReduceSum(3)
print(r(torch.ones(2, 3)))
print(net)
