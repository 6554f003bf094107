import torch

# Exam B4-11. A custom Function for z = p / q. When backward runs, which inputs does it say need a gradient?
class Ratio(torch.autograd.Function):
    @staticmethod
    def forward(ctx, p, q):
        ctx.save_for_backward(p, q)
        return p / q

    @staticmethod
    def backward(ctx, upstream):
        p, q = ctx.saved_tensors
        flags = ctx.needs_input_grad
        print("needs_input_grad =", flags)
        dp = upstream / q if flags[0] else None
        dq = -upstream * p / q ** 2 if flags[1] else None
        return dp, dq


num = torch.tensor([2.0, 9.0])
den = torch.tensor([4.0, 3.0], requires_grad=True)
Ratio.apply(num, den).sum().backward()
print("den.grad =", den.grad, "num.grad =", num.grad)
