# Quiz B6: forward-mode AD with dual numbers
import torch
import torch.autograd.forward_ad as fwAD

primal_in = torch.tensor([1.0, 2.0, 3.0])
direction = torch.tensor([1.0, 0.0, 0.0])
with fwAD.dual_level():
    dual_in = fwAD.make_dual(primal_in, direction)
    poly = dual_in * dual_in + 2 * dual_in
    unpacked = fwAD.unpack_dual(poly)
    print(unpacked.primal)
    print(unpacked.tangent)
    print(type(unpacked).__name__)
