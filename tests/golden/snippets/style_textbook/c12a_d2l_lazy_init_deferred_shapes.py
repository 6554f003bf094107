# d2l deferred initialization: lazy modules before and after the first forward pass.
import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(net[0].weight)
print(net)
X = torch.rand(2, 20)
torch.manual_seed(0)
net(X)
print([(n, p.shape) for n, p in net.named_parameters()])
print(net)
print(type(net[0]).__name__, type(net[0].weight).__name__)

def init_normal(module):
    if type(module) == nn.Linear:
        nn.init.normal_(module.weight, mean=0, std=0.01)
        nn.init.zeros_(module.bias)

torch.manual_seed(1)
net.apply(init_normal)
print(net[0].weight.data[0][:5], net[0].bias.data[0])
conv = nn.LazyConv2d(6, kernel_size=5, padding=2)
print(conv(torch.rand(1, 3, 8, 8)).shape, conv.weight.shape, conv)
try:
    nn.Sequential(nn.LazyLinear(4)).state_dict()["0.weight"].shape
except Exception as e:
    print(type(e).__name__, e)
