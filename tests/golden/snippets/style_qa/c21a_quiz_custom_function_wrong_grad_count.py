# Quiz: backward returns two gradients for a single input.
import torch

class Twice(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2, g

x = torch.ones(2, requires_grad=True)
try:
    Twice.apply(x).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
