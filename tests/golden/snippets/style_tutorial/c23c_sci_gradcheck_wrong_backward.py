# gradcheck with check_undefined_grad and fast_mode on a correct custom sinc, float64.
import torch

class Sinc(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return torch.sin(t) / t

    @staticmethod
    def backward(ctx, up):
        (t,) = ctx.saved_tensors
        return up * (torch.cos(t) * t - torch.sin(t)) / t ** 2

pts = torch.tensor([0.5, 1.0, 2.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Sinc.apply, (pts,), fast_mode=True))
print(torch.autograd.gradcheck(Sinc.apply, (pts,), eps=1e-6, atol=1e-5))
print(torch.autograd.gradcheck(lambda t: Sinc.apply(t) * 2, (pts,), check_undefined_grad=False))
