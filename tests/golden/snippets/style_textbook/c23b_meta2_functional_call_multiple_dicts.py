import torch
from torch import nn
from torch.func import functional_call

bn_lin = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
bn_lin.eval()
params = {"0.weight": torch.eye(2), "0.bias": torch.zeros(2)}
buffers = {"1.running_mean": torch.tensor([1.0, -1.0]), "1.running_var": torch.ones(2)}
x = torch.tensor([[1.0, 2.0]])
print(functional_call(bn_lin, (params, buffers), (x,)))
try:
    functional_call(bn_lin, (params, {"0.weight": torch.eye(2)}), (x,))
except Exception as e:
    print(type(e).__name__, e)
print(functional_call(bn_lin, params, args=x, kwargs=None).shape)
