import torch
from torch import nn
from torch.func import functional_call

net = nn.Linear(2, 2)
x = torch.ones(1, 2)
w = {"weight": torch.eye(2), "bias": torch.zeros(2)}
print(functional_call(net, w, (x,)))
print(functional_call(net, {"weight": torch.eye(2) * 2}, x, strict=False).shape)
try:
    functional_call(net, {"weight": torch.eye(2)}, (x,), strict=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    functional_call(net, {"wieght": torch.eye(2), "weight": torch.eye(2), "bias": torch.zeros(2)}, (x,), strict=True)
except Exception as e:
    print(type(e).__name__, e)
