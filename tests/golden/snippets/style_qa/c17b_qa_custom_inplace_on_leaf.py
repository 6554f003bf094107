# Q: my in-place custom Function fails on a leaf but works on a clone
import torch

class ReluInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.clamp_(min=0)
        ctx.mark_dirty(x)
        ctx.save_for_backward(x)
        return x

    @staticmethod
    def backward(ctx, g):
        (out,) = ctx.saved_tensors
        return g * (out > 0)

leaf = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    ReluInplace.apply(leaf)
except RuntimeError as e:
    print(e)
tmp = leaf * 1
res = ReluInplace.apply(tmp)
res.sum().backward()
print(res, leaf.grad, tmp._version)
