# Calling save_for_backward twice keeps only the second call's tensors.
import torch

class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a)
        ctx.save_for_backward(a, b)
        return a * b

    @staticmethod
    def backward(ctx, g):
        print('saved', len(ctx.saved_tensors))
        a, b = ctx.saved_tensors
        return g * b, g * a

a = torch.tensor([2.0], requires_grad=True)
b = torch.tensor([5.0], requires_grad=True)
Mul.apply(a, b).backward()
print(a.grad, b.grad)
