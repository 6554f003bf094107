# HW3 submission with a sign error in backward
import torch
from torch.autograd import gradcheck


class MyTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = torch.tanh(x)
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return g * (1 + y * y)  # should be 1 - y^2


x = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(MyTanh.apply, (x,))
except Exception as e:
    print(type(e).__name__)
    print(e)
