# Lecture: detach(), detach_() and requires_grad_() - cutting the graph on purpose.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 2
c = b.detach()
print(b.requires_grad, c.requires_grad, c.is_leaf, c.grad_fn)
c[0] = 100.0
print(b)
d = a * 3
d.detach_()
print(d.requires_grad, d.grad_fn, d.is_leaf)
e = torch.zeros(3)
print(e.requires_grad_(), e.requires_grad)
e.requires_grad_(False)
print(e.requires_grad)
f = a ** 2
g = f.detach().requires_grad_()
(g * 5).sum().backward()
print(g.grad, a.grad)
try:
    (a * 1).requires_grad_(False)
except RuntimeError as err:
    print("RuntimeError:", err)
