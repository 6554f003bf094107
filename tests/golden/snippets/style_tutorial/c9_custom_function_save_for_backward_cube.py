# A custom autograd.Function that saves its input with ctx.save_for_backward, checked with gradcheck.
import torch
from torch.autograd import Function, gradcheck

class Cube(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x ** 2

class ScaledAdd(Function):
    @staticmethod
    def forward(ctx, a, b, alpha):
        ctx.alpha = alpha
        return a + alpha * b

    @staticmethod
    def backward(ctx, grad):
        return grad, grad * ctx.alpha, None

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = Cube.apply(x)
print(y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)

a = torch.ones(2, requires_grad=True)
b = torch.full((2,), 3.0, requires_grad=True)
z = ScaledAdd.apply(a, b, 0.25)
(z * torch.tensor([1.0, 2.0])).sum().backward()
print(z, a.grad, b.grad)

xd = torch.randn(4, dtype=torch.double, requires_grad=True)
print("gradcheck Cube:", gradcheck(Cube.apply, (xd,), eps=1e-6, atol=1e-4))
print("gradcheck ScaledAdd:", gradcheck(lambda p, q: ScaledAdd.apply(p, q, 2.0),
                                        (xd, torch.randn(4, dtype=torch.double, requires_grad=True))))
