import torch
from torch.autograd.gradcheck import GradcheckError


class BadSoftplus(torch.autograd.Function):
    # backward uses tanh where sigmoid is right: gradcheck should catch it
    @staticmethod
    def forward(ctx, z):
        ctx.save_for_backward(z)
        return torch.log1p(torch.exp(z))

    @staticmethod
    def backward(ctx, upstream):
        (z,) = ctx.saved_tensors
        return upstream * torch.tanh(z)


z = torch.tensor([-0.5, 0.3, 2.0], dtype=torch.float64, requires_grad=True)
ok = torch.autograd.gradcheck(BadSoftplus.apply, (z,), raise_exception=False, atol=1e-5)
print("passes:", ok)
try:
    torch.autograd.gradcheck(BadSoftplus.apply, (z,), atol=1e-5)
except GradcheckError as err:
    print(type(err).__name__ + ":", str(err).splitlines()[0])
good = lambda t: torch.nn.functional.softplus(t).sum()
print("builtin gradgradcheck:", torch.autograd.gradgradcheck(good, (z,)))
