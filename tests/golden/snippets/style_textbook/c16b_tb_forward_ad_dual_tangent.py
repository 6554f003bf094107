# Forward-mode AD with dual numbers: one directional derivative per pass.
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([0.5, 1.0, 2.0])
direction = torch.tensor([1.0, 0.0, 0.0])
with fwAD.dual_level():
    dx = fwAD.make_dual(x, direction)
    y = (dx ** 2).sin().sum()
    primal, tangent = fwAD.unpack_dual(y)
print(primal, tangent)
print(2 * x[0] * torch.cos(x[0] ** 2))
