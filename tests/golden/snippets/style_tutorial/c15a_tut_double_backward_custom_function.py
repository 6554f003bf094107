# Double backward with custom Functions: a backward written in differentiable ops, checked with gradgradcheck
import torch

class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return grad_out * 2 * x

x = torch.rand(3, 3, requires_grad=True, dtype=torch.double)
print(torch.autograd.gradcheck(Square.apply, x))
print(torch.autograd.gradgradcheck(Square.apply, x))
a = torch.tensor([1.5, -2.0], dtype=torch.double, requires_grad=True)
out = Square.apply(a).sum()
g, = torch.autograd.grad(out, a, create_graph=True)
print(g, g.grad_fn)
g2, = torch.autograd.grad(g.sum(), a)
print(g2)
