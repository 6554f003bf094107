# Forward-mode AD tutorial: a custom Function that defines jvp, used with dual tensors
import torch
import torch.autograd.forward_ad as fwAD

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        result = foo ** 3
        ctx.save_for_forward(foo)
        ctx.save_for_backward(foo)
        return result

    @staticmethod
    def jvp(ctx, gI):
        foo, = ctx.saved_tensors
        return 3 * foo ** 2 * gI

    @staticmethod
    def backward(ctx, gO):
        foo, = ctx.saved_tensors
        return 3 * foo ** 2 * gO

base = torch.tensor([1.0, -2.0, 0.5], dtype=torch.double)
direction = torch.tensor([1.0, 1.0, 2.0], dtype=torch.double)
with fwAD.dual_level():
    out = Cube.apply(fwAD.make_dual(base, direction))
    print(fwAD.unpack_dual(out).tangent)
x = base.clone().requires_grad_()
Cube.apply(x).sum().backward()
print(x.grad)
print(torch.autograd.gradcheck(Cube.apply, (x,), check_forward_ad=True))
