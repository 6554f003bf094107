# Quiz 30: a custom Function with a deliberately wrong backward
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g * 2 * x ** 2  # should be 3 x^2


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Cube.apply(x)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
xd = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    torch.autograd.gradcheck(Cube.apply, (xd,))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
