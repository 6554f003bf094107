# Q: torch.autograd.gradcheck fails with float32 inputs; use double. Also a custom Function that is wrong.
import torch
from torch.autograd import gradcheck

class MySquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return 2 * x * grad_out

class BadSquare(MySquare):
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return x * grad_out

x64 = torch.randn(4, dtype=torch.double, requires_grad=True)
print(gradcheck(MySquare.apply, (x64,), eps=1e-6, atol=1e-4))
print(gradcheck(BadSquare.apply, (x64,), raise_exception=False))
try:
    gradcheck(BadSquare.apply, (x64,))
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
x32 = torch.randn(4, requires_grad=True)
try:
    print(gradcheck(torch.sin, (x32,), raise_exception=False))
except Exception as e:
    print(type(e).__name__)
y = MySquare.apply(x64)
print(y.grad_fn.__class__.__name__)
