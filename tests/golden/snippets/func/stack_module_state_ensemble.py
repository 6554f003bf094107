# stack_module_state: parameters and buffers of several models stacked by name, as new leaves,
# then vmap over functional_call runs the ensemble; its checks.
import copy
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap

torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 2)) for _ in range(3)]
params, buffers = stack_module_state(models)
print({k: tuple(v.shape) for k, v in params.items()})
print({k: tuple(v.shape) for k, v in buffers.items()})
print(params["0.weight"].is_leaf, params["0.weight"].requires_grad, buffers["1.running_mean"].requires_grad)
base = copy.deepcopy(models[0])
x = torch.randn(5, 3)
out = vmap(lambda p, b, x: functional_call(base, (p, b), (x,)), in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(torch.allclose(out, torch.stack([m(x) for m in models]), atol=1e-6))
out.sum().backward()
print(params["2.bias"].grad, models[0][2].bias.grad)
models[1].eval()
for bad in ([], models, [models[0], nn.Linear(3, 4)]):
    try:
        stack_module_state(bad)
    except RuntimeError as e:
        print(e)
models[1].train()
models[2][0].weight.requires_grad_(False)
try:
    stack_module_state(models)
except RuntimeError as e:
    print(e)
