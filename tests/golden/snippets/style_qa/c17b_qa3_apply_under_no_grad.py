# Q: what does a custom Function return under no_grad?
import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print('grad enabled in forward:', torch.is_grad_enabled())
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        print('grad enabled in backward:', torch.is_grad_enabled())
        return 3 * x ** 2 * g

x = torch.tensor([2.0], requires_grad=True)
with torch.no_grad():
    y = Cube.apply(x)
print(y.requires_grad, y.grad_fn)
z = Cube.apply(x)
z.backward()
print(z.grad_fn.__class__.__name__, x.grad)
