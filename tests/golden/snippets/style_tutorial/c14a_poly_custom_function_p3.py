# Examples, custom autograd Function: a cubed-ReLU with its own backward, used in a fit, checked with gradcheck.
import torch


class CubedReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t.clamp(min=0) ** 3

    @staticmethod
    def backward(ctx, upstream):
        (t,) = ctx.saved_tensors
        return upstream * 3 * t.clamp(min=0) ** 2


torch.manual_seed(1419)
pts = torch.linspace(-1, 1, 300)
goal = torch.relu(pts) ** 2
scale = torch.tensor(0.5, requires_grad=True)
shift = torch.tensor(0.1, requires_grad=True)
for it in range(200):
    pred = scale * CubedReLU.apply(pts + shift)
    sse = (pred - goal).square().sum()
    if it % 50 == 49:
        print(it, sse.item())
    sse.backward()
    with torch.no_grad():
        for q in (scale, shift):
            q.sub_(1e-3 * q.grad)
            q.grad.zero_()
print(scale.item(), shift.item(), pred.grad_fn.next_functions[1][0].name())
probe = torch.randn(5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(CubedReLU.apply, (probe,)))
