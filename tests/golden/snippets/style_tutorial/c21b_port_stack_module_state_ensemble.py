# a flax-style ensemble: stack weights of three MLPs, vmap the functional model over them
import copy
import torch
from torch import nn
from torch.func import functional_call, stack_module_state, vmap

torch.manual_seed(1)
members = [nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)) for _ in range(3)]
weights, bufs = stack_module_state(members)
print(sorted(weights), weights["0.weight"].shape)
skeleton = copy.deepcopy(members[0]).to("meta")
batch = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
preds = vmap(lambda w, b: functional_call(skeleton, (w, b), (batch,)))(weights, bufs)
print(preds.shape)
print(torch.allclose(preds[1], members[1](batch)))
print(preds.mean(0), preds.std(0))
