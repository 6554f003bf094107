import torch
import torch.autograd.forward_ad as fwAD

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x = torch.tensor([0.5, -1.0])
with fwAD.dual_level():
    dx = fwAD.make_dual(x, torch.tensor([1.0, 0.0]))
    print(fwAD.unpack_dual(dx * dx).tangent)
    print(A @ dx)
    dA = fwAD.make_dual(A, torch.ones(2, 2))
    print(dA @ dA)
    print(fwAD.unpack_dual((dA @ dx).sum()))
    print(fwAD.unpack_dual(dA.t()[0]).tangent)
    loss = ((A @ dx).tanh() ** 2).mean()
    print(fwAD.unpack_dual(loss).tangent)
# forward mode gives the directional derivative that backward gives as a dot product
xr = x.clone().requires_grad_()
((A @ xr).tanh() ** 2).mean().backward()
print(xr.grad[0])
