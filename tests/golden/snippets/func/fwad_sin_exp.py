import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([0.0, 1.0, 2.0])
v = torch.tensor([1.0, 0.5, -1.0])
with fwAD.dual_level():
    dual = fwAD.make_dual(x, v)
    print(dual)
    y = dual.sin()
    print(y)
    out = fwAD.unpack_dual(y)
    print(out)
    print(type(out).__name__, out.primal, out.tangent)
    z = torch.exp(dual) * 2
    primal, tangent = fwAD.unpack_dual(z)
    print(primal, tangent)
    print(fwAD.unpack_dual(x))
    with torch.no_grad():
        print(fwAD.unpack_dual(dual.cos()).tangent)
print(y)
print(fwAD.unpack_dual(y).tangent)
