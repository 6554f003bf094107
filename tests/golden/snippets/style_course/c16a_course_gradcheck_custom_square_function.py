# torch.autograd.gradcheck on a custom soft-sign Function and on a composed expression
import torch

class SoftSign(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp):
        denom = 1 + inp.abs()
        ctx.save_for_backward(denom)
        return inp / denom

    @staticmethod
    def backward(ctx, g):
        (denom,) = ctx.saved_tensors
        return g / denom.pow(2)

torch.manual_seed(1703)
t = torch.randn(5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(SoftSign.apply, (t,)))
print(torch.autograd.gradcheck(lambda a: (a.cos() * a.exp()).sum(), (t,), eps=1e-6, atol=1e-4))
out = SoftSign.apply(t)
print(type(out.grad_fn).__name__, torch.allclose(out, torch.nn.functional.softsign(t)))
out.sum().backward()
print(t.grad)
