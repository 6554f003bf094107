# A once-differentiable Function inside a second-order computation.
import torch
from torch.autograd.function import once_differentiable

class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b + a

    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        return g * (b + 1), g * a

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
ga, gb = torch.autograd.grad(MulAdd.apply(a, b).sum(), (a, b), create_graph=True)
print(ga, gb, ga.grad_fn.__class__.__name__)
try:
    torch.autograd.grad(ga.sum(), b)
except RuntimeError as err:
    print(err)
