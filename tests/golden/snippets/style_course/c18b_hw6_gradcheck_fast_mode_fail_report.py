# The student's custom backward is off by a factor; fast-mode gradcheck reports it
import torch
from torch.autograd import gradcheck


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return 3 * x

    @staticmethod
    def backward(ctx, g):
        return 2 * g


x = torch.tensor([[0.5, 1.0], [-1.0, 2.0]], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(Scale.apply, (x,), fast_mode=True)
except RuntimeError as e:
    print(e)
