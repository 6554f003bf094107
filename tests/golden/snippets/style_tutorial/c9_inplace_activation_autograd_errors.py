# In-place operations and autograd: what works on intermediates, what fails on leaves and saved tensors.
import torch

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = x * 2
y.relu_()
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
try:
    x.relu_()
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    x.mul_(0.5)
print(x, x.requires_grad, x.is_leaf)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.sigmoid()
b.mul_(2)
try:
    b.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:120])
c = a.exp()
d = c * 3
c.add_(1)
try:
    d.sum().backward()
    print(a.grad)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:120])
e = a.clone()
e[0] = 10.0
e.sum().backward()
print(a.grad, e.grad_fn)
print(torch.nn.ReLU(inplace=True)(torch.tensor([-1.0, 1.0])))
