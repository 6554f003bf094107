import torch

# A custom Function whose backward is written in differentiable tensor ops supports second order
class SoftCube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z, k):
        ctx.save_for_backward(z)
        ctx.k = k
        return k * z.pow(3) / 3
    @staticmethod
    def backward(ctx, upstream):
        z, = ctx.saved_tensors
        return upstream * ctx.k * z * z, None

z = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
first, = torch.autograd.grad(SoftCube.apply(z, 2.0).sum(), z, create_graph=True)
print(first, type(first.grad_fn).__name__)
second, = torch.autograd.grad(first.sum(), z)
print(second)
