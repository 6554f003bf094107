# Issue: "custom in-place clamp without mark_dirty gives wrong results" — with mark_dirty it works.
import torch

class ClampInPlace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, buf, ceiling):
        mask = buf > ceiling
        buf.masked_fill_(mask, ceiling)
        ctx.mark_dirty(buf)
        ctx.save_for_backward(mask)
        return buf

    @staticmethod
    def backward(ctx, go):
        (mask,) = ctx.saved_tensors
        return go.masked_fill(mask, 0.0), None

leaf = torch.tensor([0.5, 3.0, 1.5], requires_grad=True)
tmp = leaf * 2
res = ClampInPlace.apply(tmp, 2.0)
print(res is tmp, res, res._version)
res.sum().backward()
print(leaf.grad)
