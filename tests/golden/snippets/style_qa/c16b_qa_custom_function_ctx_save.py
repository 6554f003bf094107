# Q: writing a custom autograd Function that saves its input with save_for_backward.
import torch


class SoftSign(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp):
        ctx.save_for_backward(inp)
        return inp / (1 + inp.abs())

    @staticmethod
    def backward(ctx, grad_out):
        inp, = ctx.saved_tensors
        return grad_out / (1 + inp.abs()) ** 2


v = torch.tensor([-3.0, 0.0, 0.5, 4.0], requires_grad=True)
out = SoftSign.apply(v)
print(out, out.grad_fn.name())
out.sum().backward()
print(v.grad)
print(torch.allclose(v.grad, 1 / (1 + v.detach().abs()) ** 2))
print(torch.autograd.gradcheck(SoftSign.apply, (torch.tensor([-0.7, 1.3], dtype=torch.float64, requires_grad=True),)))
print(torch.nn.functional.softsign(v.detach()))
