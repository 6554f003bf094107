import torch

a = torch.tensor(3.0, requires_grad=True)
b = a * 2
c = b.detach()
print(c.requires_grad, c.grad_fn, c.is_leaf)
with torch.no_grad():
    d = a * 2
print(d.requires_grad, d.grad_fn)
e = a * 2
f = e.detach_()
print(e is f, e.requires_grad)
try:
    (a * 2).detach().backward()
except RuntimeError as err:
    print(err)
