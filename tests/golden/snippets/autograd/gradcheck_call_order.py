# gradcheck's calls, seen from prints in a custom Function: the numerical Jacobian (x - eps before
# x + eps), each output row twice, a zero grad_output, undefined grads; then gradgradcheck's draws.
import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        print("forward", x.tolist(), y.tolist())
        ctx.save_for_backward(x, y)
        return x ** 3 * y, x + y

    @staticmethod
    def backward(ctx, g1, g2):
        x, y = ctx.saved_tensors
        print("backward", g1.tolist(), g2.tolist())
        return 3 * x ** 2 * y * g1 + g2, x ** 3 * g1 + g2

x = torch.tensor([1.0, 2.0], dtype=torch.double, requires_grad=True)
y = torch.tensor([0.5], dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(Cube.apply, (x, y), eps=0.5))
try:
    torch.autograd.gradcheck(lambda a: a * 2, (torch.ones(2, dtype=torch.double),))
except ValueError as e:
    print("ValueError:", e)
torch.manual_seed(0)
z = torch.randn(3, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradgradcheck(lambda a: a.sin(), (z,)))
print(torch.randn(2))
