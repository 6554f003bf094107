# Lecture: verify a hand-written backward with gradcheck in float64.
import torch
from torch.autograd import gradcheck

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * g

class BadCube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x ** 2 * g

torch.manual_seed(0)
x = torch.randn(5, dtype=torch.float64, requires_grad=True)
print(gradcheck(Cube.apply, (x,), eps=1e-6, atol=1e-4))
print(gradcheck(BadCube.apply, (x,), eps=1e-6, atol=1e-4, raise_exception=False))
try:
    gradcheck(BadCube.apply, (x,), eps=1e-6, atol=1e-4)
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
