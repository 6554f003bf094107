# Modules doc: get_submodule/get_parameter, requires_grad_(False) on a part, and converting dtypes with .to().
import torch
from torch import nn

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.l0 = nn.Linear(4, 3)
        self.l1 = nn.Linear(3, 1)

    def forward(self, x):
        return self.l1(torch.relu(self.l0(x)))

torch.manual_seed(11)
net = nn.Sequential()
net.add_module("block", Block())
net.register_module("act", nn.Sigmoid())
print(net)
print(net.get_submodule("block.l1"))
print(net.get_parameter("block.l0.bias"))
net.get_submodule("block.l0").requires_grad_(False)
print({n: p.requires_grad for n, p in net.named_parameters()})
x = torch.randn(2, 4)
out = net(x).sum()
out.backward()
print(net.block.l0.weight.grad, net.block.l1.weight.grad)
net.to(torch.float64)
print(net.block.l1.weight.dtype, net(x.double()).dtype)
net.half()
print(net.block.l0.bias.dtype)
net.float()
print(net(x))
try:
    net.get_submodule("block.l2")
except AttributeError as e:
    print(e)
