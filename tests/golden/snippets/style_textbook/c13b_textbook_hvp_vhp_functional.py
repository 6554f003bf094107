# Second-order chapter: Hessian-vector products three ways (functional.hvp, double backward, full Hessian).
import torch
from torch.autograd.functional import hessian, hvp, vhp

def f(x):
    return (x ** 3).sum() + x[0] * x[1] * x[2]

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
v = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
val, hv = hvp(f, x, v)
print(val, hv)
_, vh = vhp(f, x, v)
print(vh)
H = hessian(f, x)
print(H)
print(H @ v)
xr = x.clone().requires_grad_()
g, = torch.autograd.grad(f(xr), xr, create_graph=True)
hv2, = torch.autograd.grad(g @ v, xr)
print(hv2)
print(torch.equal(hv, hv2), torch.allclose(hv, H @ v))
print(hvp(f, x, v, create_graph=False)[1].requires_grad)
