# @once_differentiable: backward runs without grad; under create_graph its gradient leads to an Error node.
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
        print("in backward grad enabled:", torch.is_grad_enabled())
        return 3 * x ** 2 * grad_out

print(Cube.backward.__name__)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Cube.apply(x)
v = torch.ones(2, requires_grad=True)
(g,) = torch.autograd.grad(y, x, v, create_graph=True)
print(g, g.requires_grad, g.grad_fn, type(g.grad_fn).__name__, g.grad_fn.next_functions)
try:
    g.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
(g,) = torch.autograd.grad(Cube.apply(x), x, v)
print(g)
(g,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
print(g)
