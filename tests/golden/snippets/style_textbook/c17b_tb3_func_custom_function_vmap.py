# A custom Function inside torch.func needs setup_context (and a vmap rule for vmap).
import torch
from torch.func import grad, vmap

class Sq(torch.autograd.Function):
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return x * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, upstream):
        (x,) = ctx.saved_tensors
        return 2 * x * upstream

print(grad(lambda t: Sq.apply(t).sum())(torch.tensor([1.0, 3.0])))
print(vmap(Sq.apply)(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
x = torch.tensor([2.0], requires_grad=True)
Sq.apply(x).backward()
print(x.grad)
