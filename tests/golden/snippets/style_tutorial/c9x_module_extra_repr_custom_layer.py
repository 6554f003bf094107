# Custom layers with extra_repr, printed alone and inside a Sequential.
import math
import torch
import torch.nn as nn

class ScaledLinear(nn.Module):
    def __init__(self, in_features, out_features, scale=1.0):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.scale = scale
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features))
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))

    def forward(self, x):
        return self.scale * (x @ self.weight.t()) + self.bias

    def extra_repr(self):
        return f"in_features={self.in_features}, out_features={self.out_features}, scale={self.scale}"

class Square(nn.Module):
    def forward(self, x):
        return x * x

torch.manual_seed(0)
layer = ScaledLinear(3, 2, scale=0.5)
print(layer)
net = nn.Sequential(layer, Square(), nn.Linear(2, 1))
print(net)
x = torch.ones(4, 3)
print(net(x))
print(repr(Square()))
print([type(m).__name__ for m in net.modules()])
print(layer.weight.shape, layer.weight.requires_grad)
print(str(net[0]) == repr(net[0]))
