# ctx.needs_input_grad says which inputs want a gradient.
import torch

class Affine(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w, shift):
        ctx.save_for_backward(x, w)
        return x * w + shift

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        print('needs', ctx.needs_input_grad)
        gx = g * w if ctx.needs_input_grad[0] else None
        gw = (g * x).sum() if ctx.needs_input_grad[1] else None
        return gx, gw, None

x = torch.tensor([1.0, 2.0])
w = torch.tensor(3.0, requires_grad=True)
Affine.apply(x, w, 1.0).sum().backward()
print(w.grad, x.grad)
x.requires_grad_()
Affine.apply(x, w, 1.0).sum().backward()
print(w.grad, x.grad)
