# HW3 submission: backward returns the wrong shape (autograder shows the error)
import torch


class RowSum(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.shape = x.shape
        return x.sum(dim=1)

    @staticmethod
    def backward(ctx, g):
        return g  # should be g.unsqueeze(1).expand(ctx.shape)


x = torch.ones(2, 3, requires_grad=True)
try:
    RowSum.apply(x).sum().backward()
except RuntimeError as e:
    print("FAIL:", e)
