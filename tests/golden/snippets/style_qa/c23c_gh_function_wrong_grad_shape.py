# Issue: "function backward returned a gradient different than None at position".
import torch

class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g.sum()

x = torch.ones(3, requires_grad=True)
try:
    Bad.apply(x).sum().backward()
except RuntimeError as e:
    print(e)
class Bad2(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, upstream):
        return upstream, upstream
try:
    Bad2.apply(x).sum().backward()
except RuntimeError as e:
    print(e)
