# Q: in-place relu_ on a slice or view of my activations - when is it allowed?
import torch
import torch.nn.functional as F

w = torch.randn(2, 4, requires_grad=True)
h = w * 2
v = h[0]
v.relu_()
print(h.grad_fn, v.grad_fn)
h.sum().backward()
print(w.grad)
try:
    w[0].relu_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.view(8).clamp_(min=0)
except RuntimeError as e:
    print("RuntimeError:", e)
a = w * 1
b = a.view(4, 2)
F.relu(b, inplace=True)
print(a.grad_fn, b.grad_fn)
with torch.no_grad():
    c = (w * 1).view(8)
print(c.requires_grad)
d = w * 1
e = d.unbind(0)
try:
    e[0].relu_()
except RuntimeError as err:
    print("RuntimeError:", err)
t = torch.tensor([-1.0, 2.0, -3.0], requires_grad=True)
s = t.sigmoid()
try:
    F.relu(s, inplace=True).sum().backward()
except RuntimeError as err:
    print("RuntimeError:", err)
