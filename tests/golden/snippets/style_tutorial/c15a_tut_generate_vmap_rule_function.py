# Extending torch.func with autograd.Function: generate_vmap_rule, then vmap, grad and jacrev through it
import torch
from torch.func import vmap, grad, jacrev

class MySin(torch.autograd.Function):
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return torch.sin(x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * x.cos()

x = torch.tensor([0.0, 0.5, 1.0])
print(vmap(MySin.apply)(x))
print(grad(lambda t: MySin.apply(t).sum())(x))
print(jacrev(MySin.apply)(x))
print(vmap(grad(MySin.apply))(x))
