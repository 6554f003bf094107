# heat equation residual u_t - k u_xx from a single (x, t) input tensor
import torch

k = 0.1
xt = torch.tensor([[0.2, 0.0], [0.5, 0.3], [0.9, 1.0]], dtype=torch.float64, requires_grad=True)
x, t = xt[:, 0:1], xt[:, 1:2]
u = torch.exp(-t) * torch.sin(x) + x * t
g, = torch.autograd.grad(u, xt, torch.ones_like(u), create_graph=True)
u_x, u_t = g[:, 0:1], g[:, 1:2]
u_xx = torch.autograd.grad(u_x, xt, torch.ones_like(u_x), create_graph=True)[0][:, 0:1]
res = u_t - k * u_xx
print(g.round(decimals=6))
print(u_xx.round(decimals=6).flatten())
print(res.round(decimals=6).flatten())
