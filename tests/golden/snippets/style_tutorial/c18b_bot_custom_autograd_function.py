"""Writing your own autograd Function: a clipped ReLU."""
import torch


class ClippedReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x: torch.Tensor, ceiling: float) -> torch.Tensor:
        ctx.save_for_backward(x)
        ctx.ceiling = ceiling
        return x.clamp(min=0.0, max=ceiling)

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):
        (x,) = ctx.saved_tensors
        mask = (x > 0) & (x < ctx.ceiling)
        return grad_output * mask, None  # no gradient for 'ceiling'


if __name__ == "__main__":
    x = torch.tensor([-1.0, 0.5, 2.0, 6.5], requires_grad=True)
    y = ClippedReLU.apply(x, 6.0)
    y.sum().backward()
    print("output  :", y)
    print("gradient:", x.grad)
    print("grad_fn :", y.grad_fn)
