# Quiz B42: backward returns the wrong number of gradients
import torch


class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x + y

    @staticmethod
    def backward(ctx, g):
        return g


x = torch.ones(2, requires_grad=True)
y = torch.ones(2, requires_grad=True)
try:
    Bad.apply(x, y).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
