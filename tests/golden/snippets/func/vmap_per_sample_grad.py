import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
params = {k: v.detach() for k, v in model.named_parameters()}
X = torch.randn(4, 2)
Y = torch.randn(4, 1)

def sample_loss(params, xi, yi):
    out = functional_call(model, params, (xi.unsqueeze(0),))
    return ((out - yi) ** 2).mean()

per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, X, Y)
for name, g in per_sample.items():
    print(name, tuple(g.shape))
print(per_sample["0.weight"])
print(per_sample["2.bias"])
# the mean of per-sample gradients is the batch gradient
print(per_sample["2.bias"].mean(0), grad(lambda p: sum(sample_loss(p, X[i], Y[i]) for i in range(4)) / 4)(params)["2.bias"])
