import torch
from torch import nn
from torch.func import stack_module_state, functional_call, vmap

# Bootstrap ensemble: three small nets, each scored on its own resampled batch in one call
torch.manual_seed(6)
heads = [nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)) for _ in range(3)]
stacked_w, stacked_b = stack_module_state(heads)
print(sorted(stacked_w), tuple(stacked_w["2.bias"].shape))
shape_only = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)).to("meta")
per_member = torch.randn(3, 4, 2)
scores = vmap(lambda w, b, xb: functional_call(shape_only, (w, b), (xb,)))(stacked_w, stacked_b, per_member)
print(scores.shape, scores.grad_fn is not None)
print(all(torch.allclose(scores[k], heads[k](per_member[k]), atol=1e-6) for k in range(3)))
