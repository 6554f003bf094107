# An ensemble of Q-networks evaluated at once with torch.func
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap

torch.manual_seed(48)
nets = [nn.Linear(3, 2) for _ in range(4)]
params, buffers = stack_module_state(nets)
print({k: tuple(v.shape) for k, v in params.items()})
base = nets[0]
def q(p, b, x):
    return functional_call(base, (p, b), (x,))
x = torch.randn(5, 3)
out = vmap(q, in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(torch.allclose(out[2], nets[2](x)))
print(out.min(0).values.shape)
