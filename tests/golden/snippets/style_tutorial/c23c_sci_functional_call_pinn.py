# torch.func.functional_call: evaluate a network with substituted parameters (as PINN codes do).
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(0)
net = nn.Linear(1, 1).double()
params = {"weight": torch.tensor([[2.0]], dtype=torch.float64), "bias": torch.tensor([0.5], dtype=torch.float64)}
x = torch.tensor([[1.0], [3.0]], dtype=torch.float64)
print(functional_call(net, params, (x,)))
print(net.weight.dtype, dict(net.named_parameters()).keys())
grads = torch.func.grad(lambda p: functional_call(net, p, (x,)).sum())(params)
print(grads)
