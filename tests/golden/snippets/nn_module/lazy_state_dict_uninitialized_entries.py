# state_dict() of a lazy module before its first call holds the uninitialized parameters themselves.
import torch
from torch import nn

net = nn.Sequential(nn.LazyLinear(3), nn.ReLU(), nn.Linear(3, 1))
sd = net.state_dict()
print(list(sd.keys()))
print(type(sd["0.weight"]).__name__, sd["0.weight"], sd["2.bias"].shape)
print(sd["0.weight"] is net[0].weight, torch.nn.parameter.is_lazy(sd["0.bias"]))
try:
    sd["0.weight"].shape
except RuntimeError as e:
    print("RuntimeError:", e)
net(torch.ones(2, 5))
sd = net.state_dict()
print(type(sd["0.weight"]).__name__, sd["0.weight"].shape, sd["0.weight"].requires_grad)
