import torch

# A view shares memory with its base: after an in-place write into the base (or into another
# view), the view's own history must include it, and retain_grad() follows the tensor.
x = torch.ones(3, requires_grad=True)
b = x * 2
v = b[:2]
v.retain_grad()
b.mul_(3)
(v * 5).sum().backward()
print(v, v.grad, x.grad, v.grad_fn.name())

x = torch.ones(3, requires_grad=True)
b = x * 2
b.retain_grad()
v = b[:2]
v.mul_(3)
(b * 5).sum().backward()
print(b.grad, x.grad)

x = torch.ones(3, requires_grad=True)
b = x * 2
v = b[:2]
v.retain_grad()
v.mul_(3)
(b * 5).sum().backward()
print(v.grad, x.grad)

x = torch.ones(3, requires_grad=True)
b = x * 2
w = b[1:]
v = b[:2]
v.mul_(3)
(w * 7).sum().backward()
print(w, x.grad)

x = torch.ones(3, requires_grad=True)
y = x * 2
y.retain_grad()
y.mul_(4)
(y * 3).sum().backward()
print(y.grad, x.grad)
