# jacfwd and hessian vmap over a custom Function: without a vmap rule they refuse, jacrev does not.
import torch
from torch.func import hessian, jacfwd, jacrev

class Square(torch.autograd.Function):
    @staticmethod
    def forward(base):
        return base * base

    @staticmethod
    def setup_context(ctx, inputs, output):
        (base,) = inputs
        ctx.save_for_backward(base)

    @staticmethod
    def backward(ctx, g):
        return 2 * ctx.saved_tensors[0] * g

    @staticmethod
    def jvp(ctx, t):
        return 2 * ctx.saved_tensors[0] * t

class SquareVmap(Square):
    generate_vmap_rule = True

x = torch.tensor([1.5, -2.0], dtype=torch.float64)
for name, f in [("jacfwd", jacfwd(Square.apply)), ("hessian", hessian(lambda t: Square.apply(t).sum())),
                ("jacrev", jacrev(Square.apply)), ("jacfwd+rule", jacfwd(SquareVmap.apply))]:
    try:
        print(name, f(x))
    except RuntimeError as e:
        print(name, "RuntimeError:", str(e).split(". ")[0])
