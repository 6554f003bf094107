# Q: writing a custom autograd Function (forward/backward with ctx) and checking it with gradcheck.
import torch

class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        ctx.save_for_backward(x)
        return k * x ** 3

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 3 * ctx.k * x ** 2, None

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = MyReLU.apply(x)
print(y, y.grad_fn.__class__.__name__)
y.sum().backward()
print(x.grad)
z = Cube.apply(x, 2.0)
z.sum().backward()
print(z, x.grad)
xd = torch.randn(4, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(Cube.apply, (xd, 3.0)))
try:
    MyReLU()(x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
