# Newton-CG needs Hessian-vector products: double-backward hvp by hand vs hessian().
import torch

def loss_fn(p):
    return (p[0] - 1) ** 2 * p[1] ** 2 + p[2] ** 4

p0 = torch.tensor([2.0, 1.0, 0.5], dtype=torch.float64, requires_grad=True)
direction = torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64)
(g,) = torch.autograd.grad(loss_fn(p0), p0, create_graph=True)
(hv,) = torch.autograd.grad(g @ direction, p0)
print(g.detach(), hv)
H = torch.autograd.functional.hessian(loss_fn, p0.detach())
print(H)
print(torch.allclose(H @ direction, hv))
