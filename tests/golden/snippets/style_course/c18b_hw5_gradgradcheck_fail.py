# Student's Function has a correct first derivative but a wrong second one
import torch
from torch.autograd import gradcheck, gradgradcheck


class Cosh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp):
        ctx.save_for_backward(inp)
        return inp.cosh()

    @staticmethod
    def backward(ctx, g):
        (inp,) = ctx.saved_tensors
        return g * inp.detach().sinh()  # detach breaks double backward


x = torch.tensor([0.3, 1.1], dtype=torch.float64, requires_grad=True)
print("gradcheck:", gradcheck(Cosh.apply, (x,)))
print("gradgradcheck:", gradgradcheck(Cosh.apply, (x,), raise_exception=False))
