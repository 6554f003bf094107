# Q: mark_dirty on a tensor my Function does not return
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

x = torch.tensor([1.0], requires_grad=True)
buf = torch.zeros(1)
try:
    Bump.apply(x, buf)
except RuntimeError as e:
    print(e)
print(buf)
