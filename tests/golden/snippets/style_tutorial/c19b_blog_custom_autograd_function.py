# Understanding autograd part 4: a clipped-identity Function (straight-through)
import torch

class StraightThroughRound(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp):
        ctx.mark_non_differentiable() if False else None
        return inp.round()

    @staticmethod
    def backward(ctx, upstream):
        return upstream.clamp(-1, 1)

weights = torch.tensor([0.4, 1.6, -2.5], requires_grad=True)
q = StraightThroughRound.apply(weights)
print(q, q.grad_fn.name() if hasattr(q.grad_fn, "name") else q.grad_fn)
(q * torch.tensor([3.0, 0.5, -2.0])).sum().backward()
print(weights.grad)
print(torch.round(weights).grad_fn)
