# torch.func: gradients w.r.t. a dict of module parameters via functional_call + grad
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)
model = nn.Linear(3, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(6, 3)
y = torch.randn(6, 1)

def compute_loss(params, x, y):
    pred = functional_call(model, params, (x,))
    return nn.functional.mse_loss(pred, y)

grads = grad(compute_loss)(params, x, y)
print(sorted(grads), grads["weight"], grads["bias"])
model.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
print(torch.allclose(grads["weight"], model.weight.grad), torch.allclose(grads["bias"], model.bias.grad))
new_params = {k: v - 0.1 * grads[k] for k, v in params.items()}
print(compute_loss(params, x, y), compute_loss(new_params, x, y))
print(model.weight.requires_grad, params["weight"].requires_grad)
