# Autograder: full gradcheck report for a 2-input op with a bad second gradient
import torch
from torch.autograd import gradcheck


class WeightedSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        return w * x ** 2

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        return 2 * w * x * g, x * g  # d/dw should be x ** 2


x = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
w = torch.tensor([0.5, 3.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(WeightedSquare.apply, (x, w), eps=1e-6, atol=1e-5)
except RuntimeError as e:
    print(e)
