# Scalar-autograd lecture: a long expression of scalars (add, mul, pow, relu, division, in-place +=) and its grads.
import torch

a = torch.tensor([-3.0], dtype=torch.double, requires_grad=True)
b = torch.tensor([1.5], dtype=torch.double, requires_grad=True)
c = a * b + b ** 2
d = a * a - c.relu()
d += d * 2 + (b + a).relu()
e = c - d
f = e ** 2
g = f / 3.0
g += 5.0 / f
g.backward()
print(f'{g.data.item():.4f}')
print(f'{a.grad.item():.4f}', f'{b.grad.item():.4f}')
print(a.grad.item(), b.grad.item())
print(g.grad_fn.name(), d.grad_fn.name(), c.is_leaf)
