# Section 2.8: Hessian-vector products by double backward
import torch

pt = torch.tensor([1.0, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
direction = torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)
obj = (pt * pt * pt).sum() + pt[0] * pt[1]
(grad1,) = torch.autograd.grad(obj, pt, create_graph=True)
(hess_v,) = torch.autograd.grad(grad1, pt, grad_outputs=direction)
print(grad1.detach(), hess_v)
