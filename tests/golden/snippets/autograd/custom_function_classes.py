# Poking at the node class a custom autograd.Function gets
import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return a * a

    @staticmethod
    def backward(ctx, grad):
        a, = ctx.saved_tensors
        return 2 * a * grad


a = torch.tensor([1.0, 2.0], requires_grad=True)
y = Square.apply(a)
print(y.grad_fn, type(y.grad_fn).__name__)
print(y.grad_fn._forward_cls, y.grad_fn._forward_cls is Square)
print(Square._backward_cls, type(y.grad_fn) is Square._backward_cls)
print(Square._backward_cls._forward_cls.__name__)
print(a.exp().grad_fn._saved_result, a.sigmoid().grad_fn._saved_result.grad_fn.name())
