# A third derivative via hessian(create_graph=True) of a scalar cubic.
import torch
from torch.autograd.functional import hessian

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f = lambda v: v[0] ** 3 + v[0] * v[1] ** 2
H = hessian(f, x, create_graph=True)
print(H.detach())
(d3,) = torch.autograd.grad(H[0, 0], x)
print(d3)
print(H.requires_grad, hessian(f, x).requires_grad)
