import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(91)
net = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU(), nn.Linear(3, 1))
params = dict(net.named_parameters())
x, y = torch.randn(6, 2), torch.randn(6, 1)
before = net[1].running_mean.clone()
loss = ((functional_call(net, params, (x,)) - y) ** 2).mean()
grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
fast = {k: p - 0.1 * g for (k, p), g in zip(params.items(), grads)}
meta = ((functional_call(net, fast, (x,)) - y) ** 2).mean()
meta.backward()
print(net[1].num_batches_tracked, torch.equal(before, net[1].running_mean))
print(net[1].weight.grad.shape, net[0].weight.grad.abs().sum() > 0)
