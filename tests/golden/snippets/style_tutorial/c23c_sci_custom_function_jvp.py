# A custom Function with setup_context and a forward-mode jvp rule.
import torch
import torch.autograd.forward_ad as fwAD

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(val):
        return val ** 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)
        ctx.save_for_forward(x)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * g

    @staticmethod
    def jvp(ctx, t):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * t

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
Cube.apply(x).sum().backward()
print(x.grad)
with fwAD.dual_level():
    d = fwAD.make_dual(x.detach(), torch.ones(2, dtype=torch.float64))
    print(fwAD.unpack_dual(Cube.apply(d)).tangent)
print(torch.func.jacfwd(Cube.apply)(torch.tensor([3.0], dtype=torch.float64)))
