# Q: forward-mode AD - why is my tangent None, and can I use make_dual outside dual_level?
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0])
with fwAD.dual_level():
    d = fwAD.make_dual(x, torch.tensor([1.0, 0.0]))
    c = torch.tensor([5.0, 5.0]) * 2
    print(fwAD.unpack_dual(c).tangent)
    out = d * c
    p, t = fwAD.unpack_dual(out)
    print(p, t)
print(fwAD.unpack_dual(out).tangent)
try:
    fwAD.make_dual(x, torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
with fwAD.dual_level():
    try:
        fwAD.make_dual(x, torch.ones(3))
    except RuntimeError as e:
        print("RuntimeError:", e)
