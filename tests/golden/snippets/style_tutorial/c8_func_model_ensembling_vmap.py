# Model ensembling with torch.func: stack_module_state, functional_call and vmap over the models.
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import stack_module_state, functional_call, vmap

class SimpleMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 8)
        self.fc2 = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))

torch.manual_seed(0)
num_models = 3
data = torch.randn(4, 5, 6)
minibatch = data[0]
models = [SimpleMLP() for _ in range(num_models)]
predictions_diff_minibatch_loop = [model(minibatch) for model, minibatch in zip(models, data)]
params, buffers = stack_module_state(models)
print({k: v.shape for k, v in params.items()})
base_model = copy.deepcopy(models[0]).to('meta')

def fmodel(params, buffers, x):
    return functional_call(base_model, (params, buffers), (x,))

predictions1_vmap = vmap(fmodel, in_dims=(0, 0, None))(params, buffers, minibatch)
print(predictions1_vmap.shape)
print(torch.allclose(predictions1_vmap, torch.stack([model(minibatch) for model in models]), atol=1e-6))
predictions2_vmap = vmap(fmodel)(params, buffers, data[:3])
print(torch.allclose(predictions2_vmap, torch.stack(predictions_diff_minibatch_loop), atol=1e-6))
