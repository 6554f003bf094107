import torch
import torch.autograd.forward_ad as fwAD
from torch.func import grad, jvp, vmap


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x ** 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (ctx.x,) = inputs

    @staticmethod
    def backward(ctx, g):
        return 3 * ctx.x ** 2 * g

    @staticmethod
    def jvp(ctx, t):
        return 3 * ctx.x ** 2 * t


class OldStyle(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2


x = torch.tensor([1.0, 2.0])
print(grad(lambda a: Cube.apply(a).sum())(x))
print(jvp(Cube.apply, (x,), (torch.ones(2),)))
with fwAD.dual_level():
    print(Cube.apply(fwAD.make_dual(x, torch.tensor([1.0, -1.0]))))
for bad in [lambda: grad(lambda a: OldStyle.apply(a).sum())(x), lambda: vmap(Cube.apply)(x)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with fwAD.dual_level():
    OldStyle.apply(fwAD.make_dual(x, torch.ones(2)))
