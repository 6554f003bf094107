# Every input a custom Function marks dirty must come back as an output; the check runs in
# grad mode and out of it, whether or not anything requires grad.
import torch

class FillAndScale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, src, scratch):
        scratch.fill_(7)
        ctx.mark_dirty(scratch)
        return src * 3

    @staticmethod
    def backward(ctx, grad):
        return grad * 3, None

for wants_grad in (False, True):
    src = torch.tensor([2.0], requires_grad=wants_grad)
    scratch = torch.zeros(2)
    for mode in (True, False):
        with torch.set_grad_enabled(mode):
            try:
                print(FillAndScale.apply(src, scratch))
            except RuntimeError as err:
                print(wants_grad, mode, str(err)[:60])
    print(scratch)
