# functional params dict like a flax/haiku port, using torch.func.functional_call
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
params = {k: v.detach() for k, v in model.named_parameters()}
print(list(params))
x = torch.tensor([[0.5, -1.0], [1.0, 2.0]])
y = torch.tensor([[1.0], [0.0]])

def loss_fn(p):
    return ((functional_call(model, p, (x,)) - y) ** 2).mean()

grads = grad(loss_fn)(params)
print({k: tuple(g.shape) for k, g in grads.items()})
new = {k: params[k] - 0.1 * grads[k] for k in params}
print(loss_fn(params), loss_fn(new))
print(grads["2.bias"])
