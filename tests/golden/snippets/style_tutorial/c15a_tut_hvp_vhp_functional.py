# Jacobians/Hessians tutorial: hessian-vector products three ways
import torch
from torch.func import grad, jvp, vjp
from torch.autograd.functional import hvp, vhp, hessian

def f(x):
    return x.sin().sum() + (x ** 3).sum() / 6

x = torch.tensor([0.1, -0.7, 1.3])
v = torch.tensor([1.0, 0.5, -1.0])

def hvp_fwd_rev(f, primals, tangents):
    return jvp(grad(f), primals, tangents)[1]

def hvp_rev_rev(f, primals, tangents):
    _, vjp_fn = vjp(grad(f), *primals)
    return vjp_fn(*tangents)[0]

print(hvp_fwd_rev(f, (x,), (v,)))
print(hvp_rev_rev(f, (x,), (v,)))
print(hvp(f, x, v))
print(vhp(f, x, v)[1])
print(hessian(f, x) @ v)
