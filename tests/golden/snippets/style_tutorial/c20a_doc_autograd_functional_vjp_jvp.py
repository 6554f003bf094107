# torch.autograd.functional: vjp, jvp, vhp, hvp reference examples
import torch
from torch.autograd.functional import hvp, jvp, vhp, vjp

def exp_reducer(x):
    return x.exp().sum(dim=1)

torch.manual_seed(0)
inputs = torch.rand(4, 4)
v = torch.ones(4)
print(vjp(exp_reducer, inputs, v))
print(jvp(exp_reducer, inputs, torch.ones(4, 4)))

def pow_reducer(x):
    return x.pow(3).sum()

inputs = torch.rand(2, 2)
v = torch.ones(2, 2)
print(vhp(pow_reducer, inputs, v))
print(hvp(pow_reducer, inputs, v, create_graph=False)[1])
