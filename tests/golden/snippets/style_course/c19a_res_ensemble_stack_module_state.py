# model ensembles with stack_module_state and vmap over the stacked weights
import copy
import torch
from torch.func import stack_module_state, functional_call, vmap
torch.manual_seed(85)
models = [torch.nn.Linear(3, 2) for _ in range(4)]
params, buffers = stack_module_state(models)
base = copy.deepcopy(models[0]).to("meta")
def fmodel(p, b, x):
    return functional_call(base, (p, b), (x,))
x = torch.randn(5, 3)
out = vmap(fmodel, in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(torch.allclose(out[2], models[2](x)))
print({k: v.shape for k, v in params.items()})
