# 1-D Poisson residual u'' + pi^2 sin(pi x) with boundary loss
import math
import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1)).double()
x = torch.rand(16, 1, dtype=torch.float64, requires_grad=True)
u = net(x)
ux = torch.autograd.grad(u, x, torch.ones_like(u), create_graph=True)[0]
uxx = torch.autograd.grad(ux, x, torch.ones_like(ux), create_graph=True)[0]
res = uxx + math.pi ** 2 * torch.sin(math.pi * x)
xb = torch.tensor([[0.0], [1.0]], dtype=torch.float64)
loss = res.pow(2).mean() + net(xb).pow(2).mean()
loss.backward()
print(res.shape, loss.dtype, loss.grad_fn.name())
print(all(p.grad is not None for p in net.parameters()))
print(net[0].weight.grad.shape)
