# A custom autograd.Function: sign() forward with a straight-through (clipped identity) backward.
import torch

class SignSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.sign()

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * (x.abs() <= 1).to(grad_output.dtype)

x = torch.tensor([-2.0, -0.5, 0.0, 0.3, 1.5], requires_grad=True)
y = SignSTE.apply(x)
print(y, y.grad_fn)
(y * torch.arange(5.0)).sum().backward()
print(x.grad)
x2 = x.detach().clone().requires_grad_()
x2.sign().sum().backward()
print(x2.grad)
torch.manual_seed(1)
w = torch.randn(4, 3, requires_grad=True)
inp = torch.randn(2, 4)
out = inp @ SignSTE.apply(w)
out.pow(2).mean().backward()
print(out)
print(w.grad)
print(type(y.grad_fn).__name__, y.grad_fn.next_functions)
