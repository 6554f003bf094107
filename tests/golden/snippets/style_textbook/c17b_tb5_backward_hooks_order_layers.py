# Backward hooks fire from the last layer to the first.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
for i, layer in enumerate(net):
    layer.register_full_backward_hook(lambda m, gi, go, i=i: print('backward', i, type(m).__name__, tuple(go[0].shape)))
    layer.register_forward_hook(lambda m, inp, out, i=i: print('forward', i))
net(torch.randn(4, 2, requires_grad=True)).sum().backward()
