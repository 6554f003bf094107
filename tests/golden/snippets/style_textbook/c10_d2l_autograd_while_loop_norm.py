# Gradients through Python control flow: a while loop on the norm and a branch on the sum (d2l's f(a)).
import torch

def f(a):
    b = a * 2
    steps = 0
    while b.norm() < 1000:
        b = b * 2
        steps += 1
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c, steps

torch.manual_seed(0)
a = torch.randn(size=(), requires_grad=True)
d, steps = f(a)
d.backward()
print(steps, a.grad == d / a)
v = torch.randn(3, requires_grad=True)
out, steps = f(v)
out.sum().backward()
print(steps, v.grad)
print(torch.allclose(v.grad, out.detach() / v.detach()))
w = torch.tensor(-0.5, requires_grad=True)
d2, s2 = f(w)
d2.backward()
print(d2, s2, w.grad)
x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad, x.grad == 4 * x)
x.grad.zero_()
x.sum().backward()
print(x.grad)
x.grad.zero_()
(x * x).sum().backward()
print(x.grad)
