# A 2-D PINN residual: Laplacian of u(x, y) = x^2 y + y^3 from per-coordinate second derivatives.
import torch

pts = torch.tensor([[0.5, 1.0], [1.0, -1.0], [2.0, 0.0]], dtype=torch.float64, requires_grad=True)
u = pts[:, 0] ** 2 * pts[:, 1] + pts[:, 1] ** 3
(du,) = torch.autograd.grad(u.sum(), pts, create_graph=True)
uxx = torch.autograd.grad(du[:, 0].sum(), pts, create_graph=True)[0][:, 0]
uyy = torch.autograd.grad(du[:, 1].sum(), pts, create_graph=True)[0][:, 1]
lap = uxx + uyy
print(du.detach())
print(lap.detach(), 2 * pts[:, 1].detach() + 6 * pts[:, 1].detach())
lap.pow(2).mean().backward()
print(pts.grad)
