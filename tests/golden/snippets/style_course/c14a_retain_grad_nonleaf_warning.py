# Autograd lecture: leaves vs intermediates, retain_grad, the warning for .grad of a non-leaf, is_leaf flags.
import torch

a = torch.tensor([2.0, 3.0], requires_grad=True)
b = a * a
b.retain_grad()
c = b.sin()
d = c.sum() * 4
print(a.is_leaf, b.is_leaf, c.is_leaf, d.is_leaf)
d.backward()
print(a.grad, b.grad)
print(c.grad)
print(b.grad_fn, c.grad_fn, d.grad_fn)
e = torch.tensor(5.0, requires_grad=True)
f = e.detach()
f += 1
print(e, f, f.is_leaf)
g = (e * 3).detach().requires_grad_()
print(g.is_leaf, g.grad_fn)
