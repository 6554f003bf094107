# Q: why is .grad None for my intermediate tensor? is_leaf, retain_grad and the warning.
import torch

a = torch.tensor([2.0, 3.0], requires_grad=True)
b = a * 4
c = (b ** 2).sum()
c.backward()
print(a.is_leaf, b.is_leaf, c.is_leaf)
print(a.grad)
print(b.grad)
a2 = torch.tensor([2.0, 3.0], requires_grad=True)
b2 = a2 * 4
b2.retain_grad()
(b2 ** 2).sum().backward()
print(b2.grad, a2.grad, b2.retains_grad)
d = torch.ones(2, requires_grad=True) * 1
print(d.is_leaf, d.grad_fn)
