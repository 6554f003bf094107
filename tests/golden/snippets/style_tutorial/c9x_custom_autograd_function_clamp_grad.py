# A custom autograd.Function (exp with saved output) used inside a small model, checked by gradcheck.
import torch

class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result

class ClampGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, limit):
        ctx.limit = limit
        return x.view_as(x)

    @staticmethod
    def backward(ctx, g):
        return g.clamp(-ctx.limit, ctx.limit), None

x = torch.tensor([0.0, 1.0, -2.0], requires_grad=True)
y = MyExp.apply(x)
print(y)
print(y.grad_fn.__class__.__name__)
y.sum().backward()
print(x.grad)
x.grad = None
z = ClampGrad.apply(x * 10, 3.0)
(z ** 2).sum().backward()
print(z, x.grad)
xd = torch.randn(4, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(MyExp.apply, (xd,)))
w = torch.tensor(0.5, requires_grad=True)
for step in range(3):
    loss = (MyExp.apply(w) - 2.0) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    print(step, loss.item(), w.item())
