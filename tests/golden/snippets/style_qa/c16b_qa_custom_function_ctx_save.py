# Q: writing a custom autograd Function with save_for_backward.
import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x ** 2

x = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
y = Cube.apply(x)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
print(torch.autograd.gradcheck(Cube.apply, (x.detach().double().requires_grad_(),)))
