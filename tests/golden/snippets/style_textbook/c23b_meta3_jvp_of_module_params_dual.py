import torch
import torch.autograd.forward_ad as fwAD
from torch import nn

# Forward-mode directional derivative of a module's output w.r.t. its weights
lin = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0]]))
x = torch.tensor([[3.0, 4.0]])
direction = torch.tensor([[1.0, 0.0]])
with fwAD.dual_level():
    dual_w = fwAD.make_dual(lin.weight.detach(), direction)
    out = torch.func.functional_call(lin, {"weight": dual_w}, (x,))
    p, t = fwAD.unpack_dual(out)
print(p, t)
