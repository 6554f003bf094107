# Q: "save_for_backward can only save variables" when I pass a float
import torch

class Pow(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, p):
        ctx.save_for_backward(x, p)
        return x ** p

    @staticmethod
    def backward(ctx, g):
        x, p = ctx.saved_tensors
        return g * p * x ** (p - 1), None

x = torch.tensor([2.0], requires_grad=True)
try:
    Pow.apply(x, 3.0)
except TypeError as e:
    print(e)
out = Pow.apply(x, torch.tensor(3.0))
out.backward()
print(out, x.grad)
