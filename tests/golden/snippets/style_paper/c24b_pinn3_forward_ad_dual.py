# forward-mode du/dx of a cubic with dual tensors (torch.autograd.forward_ad)
import torch
import torch.autograd.forward_ad as fwAD

pts = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64)
with fwAD.dual_level():
    x_dual = fwAD.make_dual(pts, torch.ones_like(pts))
    out = x_dual ** 3 - 2 * x_dual
    value, slope = fwAD.unpack_dual(out)
    print(type(fwAD.unpack_dual(out)).__name__)
print(value, slope, sep="\n")
print(torch.equal(slope, 3 * pts ** 2 - 2))
