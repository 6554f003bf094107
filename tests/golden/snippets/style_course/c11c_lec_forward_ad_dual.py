# Lecture: forward-mode AD with dual numbers - tangents pushed through sin(x) * x.
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([0.0, 0.5, 1.0, 2.0])
v = torch.ones(4)
with fwAD.dual_level():
    dual = fwAD.make_dual(x, v)
    y = torch.sin(dual) * dual
    primal, tangent = fwAD.unpack_dual(y)
print(primal)
print(tangent)
print(torch.cos(x) * x + torch.sin(x))
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor(2.0), torch.tensor(1.0))
    out = d ** 3 + torch.exp(d)
    print(fwAD.unpack_dual(out).tangent, 3 * 4 + torch.exp(torch.tensor(2.0)))
    u = fwAD.unpack_dual(out)
    print(type(u).__name__, u.primal)
W = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1.0, -1.0]), torch.tensor([1.0, 0.0]))
    print(fwAD.unpack_dual(torch.tanh(W @ d)).tangent)
