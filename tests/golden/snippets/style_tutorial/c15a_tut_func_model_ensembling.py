# torch.func model ensembling: stack_module_state + functional_call + vmap
import copy
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap

torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2)) for _ in range(3)]
minibatch = torch.randn(5, 4)
predictions_diff = [m(minibatch) for m in models]
params, buffers = stack_module_state(models)
print({k: tuple(v.shape) for k, v in params.items()})
base_model = copy.deepcopy(models[0]).to("meta")

def fmodel(params, buffers, x):
    return functional_call(base_model, (params, buffers), (x,))

predictions = vmap(fmodel, in_dims=(0, 0, None))(params, buffers, minibatch)
print(predictions.shape)
print(torch.allclose(predictions, torch.stack(predictions_diff), atol=1e-6))
print(predictions[2, 0])
