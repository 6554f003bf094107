# Per-sample gradients with vmap(grad(...)) and their norms, as in the DP-SGD style tutorials
import torch
import torch.nn.functional as F
from torch.func import functional_call, vmap, grad

torch.manual_seed(11)
model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Tanh(), torch.nn.Linear(3, 2))
params = {k: v.detach() for k, v in model.named_parameters()}
data = torch.randn(5, 4)
targets = torch.tensor([0, 1, 1, 0, 1])

def loss_one(prms, sample, target):
    out = functional_call(model, prms, (sample.unsqueeze(0),))
    return F.cross_entropy(out, target.unsqueeze(0))

per_sample = vmap(grad(loss_one), in_dims=(None, 0, 0))(params, data, targets)
print({k: tuple(v.shape) for k, v in per_sample.items()})
norms = torch.stack([g.flatten(1).norm(dim=1) for g in per_sample.values()]).norm(dim=0)
print(norms)
mean_grad = per_sample["0.weight"].mean(0)
F.cross_entropy(model(data), targets).backward()
print(torch.allclose(mean_grad, model[0].weight.grad, atol=1e-6))
