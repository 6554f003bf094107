# Q: my custom Function returns its input unchanged and then an in-place op fails
import torch

class Identity(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
out = Identity.apply(b)
print(out is b, out._is_view(), out.grad_fn.__class__.__name__)
try:
    out.mul_(2)
except RuntimeError as e:
    print(e)
