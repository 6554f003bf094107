# Autograd chapter exercises: second derivative of sin, and control flow.
import torch

x = torch.linspace(-3, 3, 7, requires_grad=True)
y = torch.sin(x)
dy, = torch.autograd.grad(y.sum(), x, create_graph=True)
d2y, = torch.autograd.grad(dy.sum(), x)
print(dy)
print(torch.cos(x))
print(d2y)

def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c

torch.manual_seed(0)
a = torch.randn(size=(), requires_grad=True)
d = f(a)
d.backward()
print(a.grad == d / a)
a2 = torch.randn(3, requires_grad=True)
f(a2).sum().backward()
print(a2.grad)
