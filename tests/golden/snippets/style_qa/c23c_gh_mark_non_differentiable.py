# Issue: "my custom argmax Function returns an index tensor that requires grad?"
import torch

class TopValue(torch.autograd.Function):
    @staticmethod
    def forward(ctx, scores):
        best, where = scores.max(dim=0)
        ctx.mark_non_differentiable(where)
        ctx.where, ctx.n = where, scores.shape[0]
        return best, where

    @staticmethod
    def backward(ctx, d_best, d_where):
        print("index grad arrives as", d_where)
        full = torch.zeros(ctx.n)
        full[ctx.where] = d_best
        return full

s = torch.tensor([0.2, 0.9, 0.4], requires_grad=True)
best, where = TopValue.apply(s)
print(best.requires_grad, where.requires_grad, where.grad_fn)
(best * 5).backward()
print(s.grad)
