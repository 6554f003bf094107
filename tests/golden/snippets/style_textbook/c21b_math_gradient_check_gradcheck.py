# torch.autograd.gradcheck compares analytic and numerical gradients (needs float64)
import torch

def f(x, W):
    return torch.tanh(W @ x).sum()

x = torch.randn(3, dtype=torch.float64, requires_grad=True)
W = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(f, (x, W)))
print(torch.autograd.gradgradcheck(f, (x, W)))
x32 = torch.randn(3, requires_grad=True)
try:
    torch.autograd.gradcheck(lambda v: v.sin().sum(), (x32,))
except Exception as e:
    print(type(e).__name__)
