# A checkpoint loaded into lazy layers before their first call: the parameters take the loaded
# shapes, in_features is read at the call, a lazy norm keeps num_features 0.
import torch
from torch import nn

torch.manual_seed(0)
bn = nn.LazyBatchNorm1d(affine=False, track_running_stats=False)
bn(torch.randn(4, 3))
print(bn)
net = nn.Sequential(nn.LazyLinear(4), nn.LazyBatchNorm1d(), nn.LazyConv1d(2, 1))
src = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Conv1d(4, 2, 1))
src[1].running_mean.fill_(0.5)
print(net.load_state_dict(src.state_dict()))
print(net)
print(net[0].weight.shape, net[1].running_mean, net[1].weight.shape, type(net[0].weight).__name__)
h = net[1](net[0](torch.ones(2, 3)))
print(h)
print(net[:2])
lazy = nn.LazyLinear(4)
lazy.load_state_dict(nn.Linear(3, 4).state_dict())
try:
    lazy(torch.ones(2, 5))
except AssertionError as e:
    print("AssertionError:", e)
net2 = nn.Sequential(nn.LazyLinear(4))
try:
    net2.load_state_dict({"0.weight": torch.zeros(4, 3)})
except RuntimeError as e:
    print(e)
print(net2, net2[0].weight.shape)
