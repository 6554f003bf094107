import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(1)
net = nn.Linear(3, 1)
params = dict(net.named_parameters())
x = torch.randn(4, 3)
y = torch.randn(4, 1)
loss = nn.functional.mse_loss(functional_call(net, params, (x,)), y)
grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
fast = {name: p - 0.1 * g for (name, p), g in zip(params.items(), grads)}
print(sorted(fast))
print({k: v.shape for k, v in fast.items()})
print(fast["weight"].grad_fn.name(), fast["bias"].requires_grad)
out = functional_call(net, fast, (x,))
print(out.shape, out.grad_fn)
print(net.weight.grad is None)
