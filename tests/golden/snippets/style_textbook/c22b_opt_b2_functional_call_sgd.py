import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)
net = nn.Linear(2, 1)
params = {k: v.detach() for k, v in net.named_parameters()}
x = torch.randn(6, 2)
y = x.sum(1, keepdim=True)


def objective(p):
    return nn.functional.mse_loss(functional_call(net, p, (x,)), y)


for step in range(3):
    grads = grad(objective)(params)
    params = {k: params[k] - 0.2 * grads[k] for k in params}
    print(step, f"{objective(params).item():.5f}")
print(sorted(grads), grads["weight"].shape)
