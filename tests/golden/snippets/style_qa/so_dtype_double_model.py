# Q: "mat1 and mat2 must have the same dtype, but got Double and Float" and two fixes.
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
x = torch.tensor(np.linspace(0, 1, 6).reshape(2, 3))
print(x.dtype, net[0].weight.dtype)
try:
    net(x)
except RuntimeError as e:
    print(e)
print(net(x.float()))
net = net.double()
print(net[0].weight.dtype)
print(net(x))
print(net(x).dtype, net(x).grad_fn)
