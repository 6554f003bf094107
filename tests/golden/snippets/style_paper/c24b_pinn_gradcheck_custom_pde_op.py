# gradcheck and gradgradcheck on a residual function in float64
import torch
from torch.autograd import gradcheck, gradgradcheck

def residual(u, x):
    return u * torch.sin(x) + u ** 2

u = torch.tensor([0.3, -0.2, 1.1], dtype=torch.float64, requires_grad=True)
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(residual, (u, x)))
print(gradgradcheck(residual, (u, x)))
try:
    gradcheck(residual, (u.float().detach().requires_grad_(), x.float().detach().requires_grad_()))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
