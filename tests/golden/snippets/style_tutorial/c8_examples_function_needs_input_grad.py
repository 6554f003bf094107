# A custom autograd Function with two inputs: ctx.needs_input_grad, saved tensors and gradcheck.
import torch

class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w, scale):
        ctx.save_for_backward(x, w)
        ctx.scale = scale
        return x * w * scale + w

    @staticmethod
    def backward(ctx, grad_output):
        x, w = ctx.saved_tensors
        grad_x = grad_w = None
        print("needs_input_grad:", ctx.needs_input_grad)
        if ctx.needs_input_grad[0]:
            grad_x = grad_output * w * ctx.scale
        if ctx.needs_input_grad[1]:
            grad_w = grad_output * (x * ctx.scale + 1)
        return grad_x, grad_w, None

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
w = torch.randn(3)
out = MulAdd.apply(x, w, 2.0)
print(out.grad_fn)
out.sum().backward()
print(x.grad)
w.requires_grad_()
out = MulAdd.apply(x, w, 0.5)
out.backward(torch.tensor([1.0, 2.0, 3.0]))
print(x.grad, w.grad)
xd = torch.randn(4, dtype=torch.double, requires_grad=True)
wd = torch.randn(4, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(lambda a, b: MulAdd.apply(a, b, 3.0), (xd, wd)))
