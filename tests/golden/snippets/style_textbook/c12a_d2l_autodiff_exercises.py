# Automatic differentiation chapter exercises: second derivative, backward twice, control flow, detaching.
import torch

x = torch.linspace(-3, 3, 7, requires_grad=True)
y = torch.sin(x)
(dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(d2y,) = torch.autograd.grad(dy.sum(), x)
print(dy, torch.cos(x))
print(d2y, -torch.sin(x))
a = torch.tensor(2.0, requires_grad=True)
b = a * a
b.backward(retain_graph=True)
b.backward()
print(a.grad)
try:
    c = a ** 3
    c.backward()
    c.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])

def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c

a = torch.randn(size=(), generator=torch.Generator().manual_seed(3), requires_grad=True)
d = f(a)
d.backward()
print(a.grad == d / a, a.grad)
v = torch.randn(3, requires_grad=True, generator=torch.Generator().manual_seed(1))
d = f(v)
d.sum().backward()
print(v.grad)
x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print(x.grad == u)
