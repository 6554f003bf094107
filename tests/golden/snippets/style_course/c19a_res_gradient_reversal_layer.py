# gradient reversal layer (domain adaptation): identity forward, -lambda * grad backward
import torch
class GradReverse(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lambd):
        ctx.lambd = lambd
        return x.view_as(x)
    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.neg() * ctx.lambd, None
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = GradReverse.apply(x, 0.5)
print(y, y.grad_fn)
(y ** 2).sum().backward()
print(x.grad)
