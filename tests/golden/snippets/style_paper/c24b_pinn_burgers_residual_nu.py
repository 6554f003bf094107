# Burgers residual u_t + u u_x - nu u_xx with a learnable viscosity
import math
import torch
import torch.nn as nn

torch.manual_seed(7)
log_nu = nn.Parameter(torch.tensor(math.log(0.01 / math.pi), dtype=torch.float64))
net = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1)).double()
xt = torch.rand(10, 2, dtype=torch.float64, requires_grad=True)
u = net(xt)
g = torch.autograd.grad(u.sum(), xt, create_graph=True)[0]
u_x, u_t = g[:, :1], g[:, 1:]
u_xx = torch.autograd.grad(u_x.sum(), xt, create_graph=True)[0][:, :1]
f = u_t + u * u_x - log_nu.exp() * u_xx
loss = f.pow(2).mean()
loss.backward()
print(f.shape, log_nu.grad is not None, log_nu.grad.dtype)
print(round(log_nu.exp().item(), 6))
print(sorted(n for n, _ in net.named_parameters()))
