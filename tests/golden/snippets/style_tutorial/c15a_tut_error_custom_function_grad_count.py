# Extending autograd mistakes: backward returns too few gradients, then too many non-None ones
import torch

class Clamp01(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lo):
        ctx.save_for_backward(x)
        return x.clamp(lo, 1.0)

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * ((x > 0) & (x < 1))

x = torch.tensor([-0.5, 0.25, 1.5], requires_grad=True)
y = Clamp01.apply(x, 0.0)
print(y, y.grad_fn)
y.sum().backward()
