# torch.func.functional_call: run a module with substituted parameters and take grads with respect to them.
import torch
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(15)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(5, 3)
y = torch.randn(5, 1)
print(torch.equal(functional_call(model, params, (x,)), model(x)))
zeros = {k: torch.zeros_like(v) for k, v in params.items()}
print(functional_call(model, zeros, (x,)).flatten())

def loss_fn(p, x, y):
    return ((functional_call(model, p, (x,)) - y) ** 2).mean()

g = grad(loss_fn)(params, x, y)
print(sorted(g), g["2.bias"])
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
print(torch.allclose(g["0.weight"], model[0].weight.grad))
new = {k: v - 0.1 * g[k] for k, v in params.items()}
print(loss_fn(params, x, y).item(), loss_fn(new, x, y).item())
