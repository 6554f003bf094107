# gradcheck compares analytic and numerical Jacobians (needs float64 inputs).
import torch
from torch.autograd import gradcheck

def rational(x, y):
    return (x ** 2 + 1) / (y ** 2 + 2) * torch.tanh(x * y)

torch.manual_seed(7)
x = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = torch.randn(4, dtype=torch.float64, requires_grad=True)
print(gradcheck(rational, (x, y), eps=1e-6, atol=1e-5))
try:
    gradcheck(rational, (x.float().detach().requires_grad_(), y.float().detach().requires_grad_()))
except Exception as e:
    print(type(e).__name__)
