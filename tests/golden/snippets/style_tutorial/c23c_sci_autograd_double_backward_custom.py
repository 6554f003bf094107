# Logistic growth rate with a custom Function whose backward is differentiable (second derivative).
import torch

class Logistic(torch.autograd.Function):
    @staticmethod
    def forward(ctx, r):
        out = 1 / (1 + torch.exp(-r))
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, upstream):
        (out,) = ctx.saved_tensors
        return upstream * out * (1 - out)

r = torch.tensor([0.0, 2.0], dtype=torch.float64, requires_grad=True)
(first,) = torch.autograd.grad(Logistic.apply(r).sum(), r, create_graph=True)
(second,) = torch.autograd.grad(first.sum(), r)
print(first.detach().round(decimals=6), second.round(decimals=6))
print(first.grad_fn.name())
