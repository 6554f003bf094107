# AD chapter: forward mode with dual numbers (torch.autograd.forward_ad) vs reverse mode, same derivatives.
import torch
import torch.autograd.forward_ad as fwAD

def f(x):
    return torch.sin(x) * x ** 2 + torch.exp(-x)

x = torch.tensor([0.0, 0.5, 1.0, 2.0], dtype=torch.float64)
tangent = torch.ones_like(x)
with fwAD.dual_level():
    dual = fwAD.make_dual(x, tangent)
    out = f(dual)
    primal, jvp = fwAD.unpack_dual(out)
print(primal)
print(jvp)
xr = x.clone().requires_grad_()
g, = torch.autograd.grad(f(xr).sum(), xr)
print(g)
print(torch.allclose(g, jvp))
manual = torch.cos(x) * x ** 2 + 2 * x * torch.sin(x) - torch.exp(-x)
print((manual - jvp).abs().max())
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor(3.0), torch.tensor(2.0))
    r = d * d
    print(fwAD.unpack_dual(r).tangent)
