# Forward-mode AD tutorial: dual tensors, tangents, and a jvp through a module
import torch
import torch.autograd.forward_ad as fwAD
import torch.nn as nn

primal = torch.tensor([0.5, 1.0, 2.0])
tangent = torch.tensor([1.0, 0.0, 0.5])

def fn(x, y):
    return x ** 2 + y.sin()

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    dual_output = fn(dual_input, primal)
    p, jvp = fwAD.unpack_dual(dual_output)
    print(p)
    print(jvp)
    print(fwAD.unpack_dual(dual_input).tangent is tangent)
print(fwAD.unpack_dual(dual_output).tangent)
torch.manual_seed(0)
model = nn.Linear(3, 2)
with fwAD.dual_level():
    out = model(fwAD.make_dual(primal, tangent))
    print(fwAD.unpack_dual(out).tangent)
print(model.weight @ tangent)
