import torch
import torch.autograd.forward_ad as fwAD
from torch.func import grad, jvp

# Hessian-vector product: forward mode over a gradient
def f(x):
    return (x.tanh() * x.exp()).sum() + x.log_softmax(0)[0]

x = torch.tensor([0.2, -0.4, 0.9])
v = torch.tensor([1.0, 0.5, -1.0])
with fwAD.dual_level():
    xr = x.clone().requires_grad_()
    dual = fwAD.make_dual(xr, v)
    (g,) = torch.autograd.grad(f(dual), xr, create_graph=True)
    print(fwAD.unpack_dual(g).tangent)
print(jvp(grad(f), (x,), (v,))[1])
print(torch.autograd.functional.hvp(f, x, v)[1])
