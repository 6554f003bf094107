# Course notebook: a straight-through estimator as a custom autograd.Function (round forward, identity backward).
import torch

class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)
    @staticmethod
    def backward(ctx, grad_output):
        return grad_output

class ClampWithMask(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lo, hi):
        mask = (x >= lo) & (x <= hi)
        ctx.save_for_backward(mask)
        return x.clamp(lo, hi)
    @staticmethod
    def backward(ctx, g):
        mask, = ctx.saved_tensors
        return g * mask, None, None

x = torch.tensor([-1.6, -0.4, 0.5, 1.5, 2.7], requires_grad=True)
y = RoundSTE.apply(x)
print(y, y.grad_fn.__class__.__name__)
(y * torch.arange(5.0)).sum().backward()
print(x.grad)
x.grad = None
torch.round(x).sum().backward()
print(x.grad)
x.grad = None
z = ClampWithMask.apply(x, -1.0, 2.0)
z.sum().backward()
print(z, x.grad)
print(torch.autograd.gradcheck(lambda t: ClampWithMask.apply(t, -1.0, 2.0), (torch.tensor([0.3, 1.1], dtype=torch.double, requires_grad=True),)))
