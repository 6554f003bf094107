# Q: "returned a gradient different than None at position 2, but the corresponding forward input was not a Variable"
import torch

class Shift(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, amount):
        return x + amount

    @staticmethod
    def backward(ctx, g):
        return g, g.sum()

x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    Shift.apply(x, 3.0).sum().backward()
except RuntimeError as e:
    print(e)
