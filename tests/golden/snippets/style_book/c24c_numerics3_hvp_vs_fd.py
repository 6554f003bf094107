# Section 2.8: Hessian-vector products by double backward
import torch

x = torch.tensor([1.0, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
v = torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)
f = (x * x * x).sum() + x[0] * x[1]
(g,) = torch.autograd.grad(f, x, create_graph=True)
(hv,) = torch.autograd.grad(g, x, grad_outputs=v)
print(g.detach(), hv)
