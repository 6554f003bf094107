import torch


class MulConst(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t, k):
        ctx.k = k
        return t * k

    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None


a = torch.tensor([1., 2.], requires_grad=True)
b = MulConst.apply(a, 3.0)
b.sum().backward()
print(b, a.grad, b.grad_fn.needs_input_grad)
print(type(b.grad_fn).__name__)
