import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jvp, grad

# Forward-over-reverse: the HVP is the JVP of the gradient function
def energy(p):
    return (p ** 3).sum() + p[0] * p[1]

point = torch.tensor([1.0, 2.0])
direction = torch.tensor([1.0, -1.0])
g_at, hvp_val = jvp(grad(energy), (point,), (direction,))
print(g_at, hvp_val)
with fwAD.dual_level():
    dual = fwAD.make_dual(point, direction)
    value = energy(dual)
    primal, tangent = fwAD.unpack_dual(value)
print(primal, tangent, torch.dot(g_at, direction))
