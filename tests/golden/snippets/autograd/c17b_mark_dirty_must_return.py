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
    try:
        print(Bump.apply(x, buf))
    except RuntimeError as e:
        print(e)
    with torch.no_grad():
        try:
            print(Bump.apply(x, buf))
        except RuntimeError as e:
            print(e)
class Bump2(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, buf):
        buf.add_(1)
        ctx.mark_dirty(buf, x)
        return buf, x
    @staticmethod
    def backward(ctx, g, h):
        return h, g
x = torch.tensor([1.0], requires_grad=True)
try:
    print(Bump2.apply(x.clone(), torch.zeros(1)))
except RuntimeError as e:
    print(e)
