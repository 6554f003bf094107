# Q: "you can only change requires_grad flags of leaf variables", requires_grad_ under no_grad, and detach first.
import torch

a = torch.randn(3, requires_grad=True)
b = a * 2
try:
    b.requires_grad = False
except RuntimeError as e:
    print(e)
try:
    b.requires_grad = True
except RuntimeError as e:
    print(e)
print(b.requires_grad)
try:
    b.requires_grad_(False)
except RuntimeError as e:
    print(e)
c = b.detach()
c.requires_grad_(True)
print(c.is_leaf, c.requires_grad)
with torch.no_grad():
    d = a * 3
print(d.is_leaf, d.requires_grad)
d.requires_grad_()
(d * d).sum().backward()
print(d.grad is not None, a.grad)
e = torch.ones(2).float()
e.requires_grad = True
f = e.double()
print(f.is_leaf, f.grad_fn)
try:
    torch.optim.SGD([f], lr=0.1)
except ValueError as err:
    print(err)
