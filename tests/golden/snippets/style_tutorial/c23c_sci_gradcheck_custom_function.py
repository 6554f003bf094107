# A custom autograd Function for f(x) = x * |x| checked with gradcheck in float64.
import torch

class XAbsX(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x.abs()

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g * 2 * x.abs()

x = torch.tensor([-1.5, -0.3, 0.7, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(XAbsX.apply, (x,)))
print(torch.autograd.gradgradcheck(lambda t: t ** 3, (x,)))
y = XAbsX.apply(x)
print(y, y.grad_fn.__class__.__name__)
x32 = x.detach().float().requires_grad_()
try:
    torch.autograd.gradcheck(XAbsX.apply, (x32,))
except Exception as e:
    print(type(e).__name__)
