# Q: "returned an invalid gradient at index 0 - got ... but expected shape compatible with ..."
import torch

class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g.sum(dim=0)

x = torch.ones(2, 3, requires_grad=True)
try:
    Double.apply(x).sum().backward()
except RuntimeError as e:
    print(e)
