# Building modules: a hand-made Linear with nn.Parameter, extra_repr and parameter listing
import torch
from torch import nn

class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_features, out_features))
        self.bias = nn.Parameter(torch.randn(out_features))
        self.scale = 2.0

    def forward(self, input):
        return (input @ self.weight + self.bias) * self.scale

    def extra_repr(self):
        return f"in={self.weight.shape[0]}, out={self.weight.shape[1]}, scale={self.scale}"

torch.manual_seed(2)
m = nn.Sequential(MyLinear(4, 3), nn.ReLU(), MyLinear(3, 1))
print(m)
for name, param in m.named_parameters():
    print(name, param.shape, param.requires_grad)
print(sum(p.numel() for p in m.parameters()))
print(m(torch.ones(2, 4)))
print(list(m[0].parameters())[1])
