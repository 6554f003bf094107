import torch
from torch.autograd import gradcheck, gradgradcheck

def fn(a, b):
    return (a * b.sigmoid()).sum(dim=0)

a = torch.randn(3, 2, dtype=torch.double, requires_grad=True)
b = torch.randn(3, 2, dtype=torch.double, requires_grad=True)
print(gradcheck(fn, (a, b)))
print(gradgradcheck(fn, (a, b)))
af = a.detach().float().requires_grad_()
try:
    gradcheck(fn, (af, b))
except Exception as e:
    print(type(e).__name__)
