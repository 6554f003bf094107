# A custom Function must return every input it marks dirty (checked with grad mode off, too).
import torch

class Bump(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, buf):
        buf.add_(1)
        ctx.mark_dirty(buf)
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2, None

for req in (False, True):
    x = torch.tensor([1.0], requires_grad=req)
    buf = torch.zeros(1)
    for mode in (True, False):
        with torch.set_grad_enabled(mode):
            try:
                print(Bump.apply(x, buf))
            except RuntimeError as e:
                print(req, mode, e)
    print(buf)
