# functional_call with parameters and buffers passed as two dicts
import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3))
params = dict(net.named_parameters())
buffers = dict(net.named_buffers())
print(sorted(buffers))
x = torch.randn(4, 3)
out = functional_call(net, (params, buffers), (x,))
print(out.shape)
print(buffers["1.running_mean"])
print(buffers["1.num_batches_tracked"])
zeroed = {k: torch.zeros_like(v) for k, v in params.items()}
print(functional_call(net, zeroed, (x,)))
