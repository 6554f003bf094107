"""A scaled-square Function; the assistant forgot the gradient for `scale`."""
import torch


class ScaledSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
        ctx.save_for_backward(x, scale)
        return scale * x * x

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor):
        x, scale = ctx.saved_tensors
        return 2 * scale * x * grad_out  # only one gradient returned


x = torch.tensor([1.0, 2.0], requires_grad=True)
s = torch.tensor(3.0, requires_grad=True)
out = ScaledSquare.apply(x, s).sum()
try:
    out.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
