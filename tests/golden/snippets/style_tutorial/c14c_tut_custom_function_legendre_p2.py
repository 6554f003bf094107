# Custom autograd Function as in the tutorial, here with the second Legendre polynomial
# P2(z) = (3z^2 - 1)/2 and its derivative 3z, used inside a small fitting loop.
import torch


class LegendreP2(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z):
        ctx.save_for_backward(z)
        return 0.5 * (3 * z ** 2 - 1)

    @staticmethod
    def backward(ctx, grad_output):
        z, = ctx.saved_tensors
        return grad_output * 3 * z


torch.manual_seed(5)
x = torch.linspace(-1.0, 1.0, 50)
y = torch.abs(x)
a = torch.full((), 0.3, requires_grad=True)
b = torch.full((), -0.2, requires_grad=True)
P2 = LegendreP2.apply
for step in range(200):
    y_pred = a + b * P2(x)
    loss = (y_pred - y).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        a -= 0.1 * a.grad
        b -= 0.1 * b.grad
        a.grad = None
        b.grad = None
print(loss.item(), a.item(), b.item())
print(y_pred.grad_fn, P2(x[:3].requires_grad_()).grad_fn.__class__.__name__)
