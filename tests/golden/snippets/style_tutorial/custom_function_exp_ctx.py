# "Extending torch.autograd": a custom Exp whose backward uses the saved output; gradcheck in float64.
import torch
from torch.autograd import Function, gradcheck

class Exp(Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
y = Exp.apply(x)
print(y)
print(y.grad_fn)
print(type(y.grad_fn).__name__)
y.sum().backward()
print(torch.allclose(x.grad, x.exp()))
inp = torch.randn(4, dtype=torch.double, requires_grad=True)
print(gradcheck(Exp.apply, (inp,), eps=1e-6, atol=1e-4))
with torch.no_grad():
    print(Exp.apply(x).requires_grad)
