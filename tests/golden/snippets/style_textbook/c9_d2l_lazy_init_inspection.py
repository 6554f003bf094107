# Lazy initialization: LazyLinear parameters before and after the first forward pass, and apply on them.
import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(net[0].weight)
print(net[0].in_features, net)
try:
    net[0].weight.shape
    print(net[0].weight.shape)
except Exception as e:
    print(type(e).__name__, e)
X = torch.rand(2, 20)
net(X)
print(net[0].weight.shape, net[2].weight.shape, net[0].in_features)
print(net)
print(type(net[0]).__name__, type(net[0].weight).__name__)
net2 = nn.Sequential(nn.LazyLinear(4))
try:
    torch.optim.SGD(net2.parameters(), lr=0.1).step()
    print("optimizer made")
except Exception as e:
    print(type(e).__name__, str(e)[:80])
net2(torch.ones(1, 3))
print(net2[0].weight.shape)
