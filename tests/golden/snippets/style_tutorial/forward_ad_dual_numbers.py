# "Forward-mode automatic differentiation": dual tensors give a directional derivative in one pass.
import torch
import torch.autograd.forward_ad as fwAD

torch.manual_seed(0)
primal = torch.randn(4, 4)
tangent = torch.randn(4, 4)

def fn(x, y):
    return x ** 2 + y ** 2

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    print(fwAD.unpack_dual(dual_input).tangent is tangent)
    plain_tensor = torch.randn(4, 4)
    dual_output = fn(dual_input, plain_tensor)
    jvp = fwAD.unpack_dual(dual_output).tangent
    print(type(fwAD.unpack_dual(dual_output)).__name__)
print(torch.allclose(jvp, 2 * primal * tangent))
print(fwAD.unpack_dual(dual_output).tangent)
print(jvp[0])
