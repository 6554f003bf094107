# Lecture: second derivatives checked numerically.
import torch
from torch.autograd import gradcheck, gradgradcheck

torch.manual_seed(2)
x = torch.randn(4, dtype=torch.double, requires_grad=True)
w = torch.randn(4, dtype=torch.double, requires_grad=True)

def f(x, w):
    return torch.tanh(x * w).sum() + (x ** 2 * w).sum()

print(gradcheck(f, (x, w)))
print(gradgradcheck(f, (x, w)))
g = torch.autograd.grad(f(x, w), x, create_graph=True)[0]
print(g)
H_row = torch.autograd.grad(g[0], x)[0]
print(H_row)
