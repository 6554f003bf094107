# A custom autograd.Function with a non-tensor argument, checked with gradcheck and gradgradcheck.
import torch
from torch.autograd import Function, gradcheck, gradgradcheck

class ScaledSquare(Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(x)
        ctx.scale = scale
        return scale * x * x

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 2 * ctx.scale * x, None

torch.manual_seed(0)
x = torch.randn(4, dtype=torch.double, requires_grad=True)
y = ScaledSquare.apply(x, 3.0)
print(y.grad_fn.__class__.__name__, y.grad_fn.needs_input_grad if hasattr(y.grad_fn, "needs_input_grad") else None)
y.sum().backward()
print(torch.allclose(x.grad, 6 * x))
print(gradcheck(lambda t: ScaledSquare.apply(t, 3.0), (x,), eps=1e-6, atol=1e-4))
print(gradgradcheck(lambda t: ScaledSquare.apply(t, 0.5), (x,)))

class BadGrad(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3

x32 = torch.randn(3, dtype=torch.double, requires_grad=True)
print(gradcheck(BadGrad.apply, (x32,), raise_exception=False))
try:
    gradcheck(BadGrad.apply, (x32,))
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
