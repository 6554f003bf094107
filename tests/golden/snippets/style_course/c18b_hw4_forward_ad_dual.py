# HW: forward-mode AD with dual numbers gives the directional derivative
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0])
direction = torch.tensor([1.0, 0.0])
with fwAD.dual_level():
    dual = fwAD.make_dual(x, direction)
    out = (dual.sin() * dual).sum()
    primal, tangent = fwAD.unpack_dual(out)
print(primal, tangent)
expected = (torch.cos(x) * x + torch.sin(x)) @ direction
print(expected, torch.isclose(tangent, expected))
