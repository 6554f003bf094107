# Lecture: per-sample gradients of a linear model with vmap(grad).
import torch
from torch.func import grad, vmap, functional_call

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(4, 3)
y = torch.randn(4, 1)

def loss_fn(p, xi, yi):
    out = functional_call(model, p, (xi.unsqueeze(0),))
    return ((out - yi.unsqueeze(0)) ** 2).mean()

per_sample = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, x, y)
print(per_sample["weight"].shape, per_sample["bias"].shape)
print(per_sample["bias"].flatten())
full = torch.nn.functional.mse_loss(model(x), y)
full.backward()
print(model.bias.grad)
print(per_sample["bias"].mean(0))
