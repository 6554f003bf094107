# binarised weights with a custom autograd Function (sign forward, clipped STE backward)
import torch
class SignSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.sign()
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return grad_out * (x.abs() <= 1).to(grad_out.dtype)
w = torch.tensor([-1.5, -0.3, 0.0, 0.4, 2.0], requires_grad=True)
wb = SignSTE.apply(w)
print(wb, wb.grad_fn)
(wb * 3).sum().backward()
print(w.grad)
