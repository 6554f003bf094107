# Numerical stability: products of random matrices, then the Xavier uniform bound by hand.
import math
import torch
from torch import nn

torch.manual_seed(5)
M = torch.normal(0, 1, size=(4, 4))
for i in range(50):
    M = M @ torch.normal(0, 1, size=(4, 4))
print('after 50 products', M.abs().max())
fan_in, fan_out = 64, 32
bound = math.sqrt(6.0 / (fan_in + fan_out))
layer = nn.Linear(fan_in, fan_out)
nn.init.xavier_uniform_(layer.weight)
print(round(bound, 6), bool(layer.weight.abs().max() <= bound))
print(layer.weight.var().item() < 2.0 / (fan_in + fan_out) * 1.2)
x = torch.randn(1000, fan_in)
h = x
for _ in range(6):
    h = torch.tanh(h @ torch.randn(fan_in, fan_in) / math.sqrt(fan_in))
print(h.std(), h.mean())
