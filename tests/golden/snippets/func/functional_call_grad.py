import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(5, 3)
y = torch.randn(5, 1)

def loss_fn(params, x, y):
    out = functional_call(model, params, (x,))
    return nn.functional.mse_loss(out, y)

grads = grad(loss_fn)(params, x, y)
for name, g in grads.items():
    print(name, g.shape)
print(grads["2.bias"], grads["2.weight"])

# the same gradients from the usual backward
nn.functional.mse_loss(model(x), y).backward()
print(model[2].bias.grad, model[2].weight.grad)
print(all(torch.allclose(grads[k], p.grad) for k, p in model.named_parameters()))
