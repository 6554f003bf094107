# HW: use ctx.needs_input_grad to skip work (graded by printing what was computed)
import torch


class MatMul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a @ b

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        ga = g @ b.T if ctx.needs_input_grad[0] else None
        gb = a.T @ g if ctx.needs_input_grad[1] else None
        return ga, gb


a = torch.ones(2, 3, requires_grad=True)
b = torch.full((3, 1), 0.5)
MatMul.apply(a, b).sum().backward()
print(a.grad, b.grad)
