# Quiz B6: forward-mode AD with dual numbers
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([1.0, 0.0, 0.0])
with fwAD.dual_level():
    dual = fwAD.make_dual(x, v)
    y = dual * dual + 2 * dual
    out = fwAD.unpack_dual(y)
    print(out.primal)
    print(out.tangent)
    print(type(out).__name__)
