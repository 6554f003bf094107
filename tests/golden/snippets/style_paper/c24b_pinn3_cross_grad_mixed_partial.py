# mixed partial u_xy equals u_yx for a smooth function
import torch

xy = torch.tensor([[0.3, 0.7], [1.2, -0.4]], dtype=torch.float64, requires_grad=True)
u = torch.sin(xy[:, 0] * xy[:, 1]) + xy[:, 0] ** 2 * xy[:, 1]
g, = torch.autograd.grad(u.sum(), xy, create_graph=True)
u_xy = torch.autograd.grad(g[:, 0].sum(), xy, retain_graph=True)[0][:, 1]
u_yx = torch.autograd.grad(g[:, 1].sum(), xy)[0][:, 0]
print(torch.allclose(u_xy, u_yx))
print(u_xy.round(decimals=6))
