# Lecture: a Linear autograd.Function that only computes the gradients that are needed.
import torch

class LinearFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias):
        ctx.save_for_backward(x, weight)
        return x @ weight.t() + bias

    @staticmethod
    def backward(ctx, grad_out):
        x, weight = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        gx = gw = gb = None
        if ctx.needs_input_grad[0]:
            gx = grad_out @ weight
        if ctx.needs_input_grad[1]:
            gw = grad_out.t() @ x
        if ctx.needs_input_grad[2]:
            gb = grad_out.sum(0)
        return gx, gw, gb

torch.manual_seed(3)
x = torch.randn(4, 3)
w = torch.randn(2, 3, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
out = LinearFn.apply(x, w, b)
out.pow(2).mean().backward()
print(w.grad)
print(b.grad)
w.grad = None
b.requires_grad_(False)
xr = x.clone().requires_grad_()
LinearFn.apply(xr, w, b).sum().backward()
print(xr.grad)
print(w.grad, b.grad)
