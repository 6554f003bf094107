# Extending autograd: a Function taking a Python float, with setup_context, checked by gradcheck
import torch
from torch.autograd import Function, gradcheck

class ScaleShift(Function):
    @staticmethod
    def forward(inp, factor, offset):
        return inp * factor + offset

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.factor = inputs[1]

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out * ctx.factor, None, None

torch.manual_seed(5)
t = torch.randn(4, dtype=torch.float64, requires_grad=True)
res = ScaleShift.apply(t, 2.5, -1.0)
print(res.grad_fn, res)
res.sum().backward()
print(t.grad)
print(gradcheck(ScaleShift.apply, (t, 2.5, -1.0), eps=1e-6, atol=1e-4))
plain = ScaleShift.apply(torch.ones(2), 3.0, 0.5)
print(plain, plain.requires_grad, plain.grad_fn)
