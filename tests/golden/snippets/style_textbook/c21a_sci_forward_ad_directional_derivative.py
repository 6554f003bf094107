# Forward-mode AD with dual numbers: a directional derivative in one pass.
import torch
import torch.autograd.forward_ad as fwAD

def f(x):
    return torch.sin(x[0]) * x[1] ** 2 + x[2]

x = torch.tensor([0.5, 2.0, -1.0])
direction = torch.tensor([1.0, 0.0, 2.0])
with fwAD.dual_level():
    dual = fwAD.make_dual(x, direction)
    out = f(dual)
    value, tangent = fwAD.unpack_dual(out)
print(round(value.item(), 5), round(tangent.item(), 5))
print(round((torch.cos(x[0]) * x[1] ** 2 + 2).item(), 5))
