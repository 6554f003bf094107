# gradcheck in fast mode reports a failure differently
import torch
from torch.autograd import gradcheck


class BadLog1p(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.log1p(x)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g / (2 + x)  # should be 1 / (1 + x)


x = torch.tensor([0.0, 1.0], dtype=torch.double, requires_grad=True)
print(gradcheck(BadLog1p.apply, (x,), fast_mode=True, raise_exception=False))
print(gradcheck(BadLog1p.apply, (x,), fast_mode=False, raise_exception=False))
