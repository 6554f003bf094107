# An autograd.Function with ctx in forward cannot be used with torch.func transforms.
import torch
from torch.func import grad

class Twice(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, upstream):
        return upstream * 2

x = torch.tensor(3.0)
try:
    grad(Twice.apply)(x)
except RuntimeError as err:
    print(err)
print(Twice.apply(x.requires_grad_()).grad_fn.__class__.__name__)
