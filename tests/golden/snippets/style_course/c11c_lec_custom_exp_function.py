# Lecture: writing our own autograd.Function - exp that saves its output for backward.
import torch

class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad_out):
        (y,) = ctx.saved_tensors
        return grad_out * y

x = torch.tensor([-1.0, 0.0, 0.5, 2.0], requires_grad=True)
y = MyExp.apply(x)
print(y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)
x2 = x.detach().clone().requires_grad_()
torch.exp(x2).sum().backward()
print(torch.equal(x.grad, x2.grad))
xd = torch.randn(5, dtype=torch.double, requires_grad=True)
print("gradcheck:", torch.autograd.gradcheck(MyExp.apply, (xd,)))
z = MyExp.apply(MyExp.apply(torch.tensor(0.5, requires_grad=True)))
print(z)
