# Lecture: @once_differentiable - fine for first derivatives, refuses double backward.
import torch
from torch.autograd.function import once_differentiable

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    @once_differentiable
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * grad_out

x = torch.tensor([1.0, 2.0, -0.5], requires_grad=True)
y = Cube.apply(x).sum()
(g,) = torch.autograd.grad(y, x)
print(g, g.requires_grad)
y = Cube.apply(x).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g.requires_grad, g.grad_fn)
try:
    g.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
