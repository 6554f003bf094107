# Issue: "ctx.save_for_backward(None) and mixed tuples" — None is allowed, ints are not.
import torch

class Affine(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp, scale, shift):
        ctx.save_for_backward(scale, None)
        try:
            ctx.save_for_backward(scale, 2)
        except TypeError as err:
            print("TypeError:", err)
        ctx.save_for_backward(scale, None)
        return inp * scale + shift

    @staticmethod
    def backward(ctx, go):
        scale, nothing = ctx.saved_tensors
        print("saved", scale, nothing)
        return go * scale, None, go.sum()

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(4.0, requires_grad=True)
Affine.apply(a, torch.tensor(3.0), b).sum().backward()
print(a.grad, b.grad)
