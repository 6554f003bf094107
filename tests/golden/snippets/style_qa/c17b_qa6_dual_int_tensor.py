# Q: forward-mode AD with an integer primal
import torch
import torch.autograd.forward_ad as fwAD

with fwAD.dual_level():
    try:
        fwAD.make_dual(torch.tensor([1, 2]), torch.tensor([1, 1]))
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.ones(3))
    except RuntimeError as e:
        print(e)
    d = fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 0.0], dtype=torch.float64))
    print(fwAD.unpack_dual(d * d).tangent)
try:
    fwAD.make_dual(torch.ones(1), torch.ones(1))
except RuntimeError as e:
    print(e)
