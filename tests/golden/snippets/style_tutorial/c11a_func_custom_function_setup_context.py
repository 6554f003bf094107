# Extending torch.func with autograd.Function: forward/setup_context split, then grad and vmap over it.
import torch
from torch.func import grad, vmap

class MyCube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        result = x ** 3
        dx = 3 * x ** 2
        return result, dx

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, = inputs
        result, dx = output
        ctx.save_for_backward(x, dx)

    @staticmethod
    def backward(ctx, grad_output, grad_dx):
        x, dx = ctx.saved_tensors
        return grad_output * dx + grad_dx * 6 * x

def my_cube(x):
    result, _ = MyCube.apply(x)
    return result

x = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
y = my_cube(x)
print(y, y.grad_fn is not None)
y.sum().backward()
print(x.grad)
xs = torch.tensor(1.25)
print(grad(my_cube)(xs))
print(grad(grad(my_cube))(xs))

class MyExp(torch.autograd.Function):
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)

    @staticmethod
    def backward(ctx, g):
        out, = ctx.saved_tensors
        return g * out

batch = torch.tensor([[0.0, 1.0], [2.0, -1.0]])
print(vmap(MyExp.apply)(batch))
print(vmap(grad(lambda t: MyExp.apply(t).sum()))(batch))
