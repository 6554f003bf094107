# Quiz B4: ctx.needs_input_grad in a two-input Function
import torch


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x, k)
        return x * k

    @staticmethod
    def backward(ctx, g):
        print("needs:", ctx.needs_input_grad)
        x, k = ctx.saved_tensors
        gx = g * k if ctx.needs_input_grad[0] else None
        gk = (g * x).sum() if ctx.needs_input_grad[1] else None
        return gx, gk


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
k = torch.tensor(2.0)
Scale.apply(x, k).sum().backward()
print(x.grad)
k2 = torch.tensor(2.0, requires_grad=True)
Scale.apply(x.detach(), k2).sum().backward()
print(k2.grad)
