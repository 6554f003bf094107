import torch

# Exam B4-12. A Function returns (max value, argmax). Why mark the second output, and what flows back?
class ArgMaxPick(torch.autograd.Function):
    @staticmethod
    def forward(ctx, scores):
        best, where = scores.max(dim=1)
        ctx.mark_non_differentiable(where)
        ctx.save_for_backward(where)
        ctx.n = scores.shape[1]
        return best, where

    @staticmethod
    def backward(ctx, g_best, g_where):
        (where,) = ctx.saved_tensors
        return torch.nn.functional.one_hot(where, ctx.n).to(g_best.dtype) * g_best.unsqueeze(1)


s = torch.tensor([[0.1, 0.7, 0.2], [0.9, 0.05, 0.05]], requires_grad=True)
top, pos = ArgMaxPick.apply(s)
print(top.requires_grad, pos.requires_grad, pos.dtype)
(top * torch.tensor([2.0, 3.0])).sum().backward()
print(s.grad)
