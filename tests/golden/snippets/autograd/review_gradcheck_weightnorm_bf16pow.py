# gradcheck(raise_exception=False) answers False for every failed check; weight_norm with a
# negative dim; a bfloat16 power saves its exponent as given
import torch
from torch import nn

x = torch.tensor([1.5, 2.5, 3.25], dtype=torch.bfloat16, requires_grad=True)
y = x ** 0.3
print(y, y.grad_fn._saved_exponent)
y.sum().backward()
print(x.grad)

torch.manual_seed(0)
m = nn.utils.parametrizations.weight_norm(nn.Linear(3, 4), dim=-2)
print(m.parametrizations.weight.original0.shape, m(torch.ones(1, 3)))


class NotReentrant(torch.autograd.Function):
    calls = 0

    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, g):
        NotReentrant.calls += 1
        return g * 2 + NotReentrant.calls * 1e-3


a = torch.randn(2, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(NotReentrant.apply, (a,), raise_exception=False))
