# Q: function backward returned an incorrect number of gradients
import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k

    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None, None

x = torch.ones(2, requires_grad=True)
Scale.apply(x, 3.0).sum().backward()
print(x.grad)

class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x + y

    @staticmethod
    def backward(ctx, g):
        return (g,)

try:
    Bad.apply(x, x).sum().backward()
except RuntimeError as e:
    print(e)
