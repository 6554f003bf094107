# Quiz B3: a custom in-place Function must call mark_dirty
import torch


class AddOneInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        t.add_(1)
        ctx.mark_dirty(t)
        return t

    @staticmethod
    def backward(ctx, grad):
        return grad


base = torch.tensor([1.0, 2.0], requires_grad=True)
work = base.clone()
out = AddOneInplace.apply(work)
print(out is work, out, out.grad_fn.name())
(out * 3).sum().backward()
print(base.grad)
