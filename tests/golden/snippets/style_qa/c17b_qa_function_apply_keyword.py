# Q: can I pass keyword arguments to MyFunction.apply?
import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor=2.0):
        ctx.factor = factor
        return x * factor

    @staticmethod
    def backward(ctx, g):
        return g * ctx.factor, None

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Scale.apply(x)
z = Scale.apply(x, 5.0)
(y + z).sum().backward()
print(y, z, x.grad)
print(Scale.apply(x, factor=3.0))
