# wave equation u_tt - c^2 u_xx for a travelling wave, exact zero residual
import torch

c = 2.0
xt = torch.tensor([[0.1, 0.2], [0.4, 0.9], [1.3, 0.5]], dtype=torch.float64, requires_grad=True)
u = torch.sin(xt[:, 0] - c * xt[:, 1])
g, = torch.autograd.grad(u.sum(), xt, create_graph=True)
u_xx = torch.autograd.grad(g[:, 0].sum(), xt, create_graph=True)[0][:, 0]
u_tt = torch.autograd.grad(g[:, 1].sum(), xt)[0][:, 1]
res = u_tt - c ** 2 * u_xx
print(res.abs().max() < 1e-12)
print((u_tt / u_xx).round(decimals=10))
