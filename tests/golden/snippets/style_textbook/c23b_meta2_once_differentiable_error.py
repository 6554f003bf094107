import torch
from torch.autograd.function import once_differentiable

# A hand-written clipped-ReLU whose backward cannot itself be differentiated
class ClippedRelu(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp, ceiling):
        ctx.save_for_backward(inp)
        ctx.ceiling = ceiling
        return inp.clamp(0, ceiling)
    @staticmethod
    @once_differentiable
    def backward(ctx, grad_out):
        inp, = ctx.saved_tensors
        return grad_out * ((inp > 0) & (inp < ctx.ceiling)).to(grad_out.dtype), None

pre = torch.tensor([-1.0, 0.5, 3.0], requires_grad=True)
gpre, = torch.autograd.grad(ClippedRelu.apply(pre, 2.0).sum(), pre, create_graph=True)
print(gpre, gpre.requires_grad)
try:
    torch.autograd.grad(gpre.sum(), pre)
except RuntimeError as err:
    print(err)
