# Issue: "Function.apply with keyword arguments".
import torch

class Pow(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, p=2):
        ctx.save_for_backward(x)
        ctx.p = p
        return x ** p

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g * ctx.p * x ** (ctx.p - 1), None

x = torch.tensor(2.0, requires_grad=True)
print(Pow.apply(x, 3))
try:
    Pow.apply(x, p=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Pow(x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:90])
