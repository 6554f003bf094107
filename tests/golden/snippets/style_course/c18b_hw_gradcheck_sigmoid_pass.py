# HW3: write sigmoid as an autograd.Function and gradcheck it
import torch
from torch.autograd import gradcheck


class MySigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        out = 1 / (1 + torch.exp(-x))
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, grad_out):
        (out,) = ctx.saved_tensors
        return grad_out * out * (1 - out)


torch.manual_seed(0)
inp = torch.randn(5, dtype=torch.double, requires_grad=True)
print("gradcheck:", gradcheck(MySigmoid.apply, (inp,), eps=1e-6, atol=1e-4))
