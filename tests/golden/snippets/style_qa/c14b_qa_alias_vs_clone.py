# Q: I changed b and a changed too: assignment aliases, slicing gives views, clone() copies.
import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
b = a
b += 10
print(a, b is a)
c = a.clone()
c[0] = -1
print(a, c)
s = a[1:3]
s *= 0
print(a, s._base is a)
idx = a[[0, 3]]
idx.fill_(5)
print(a, idx)
p = torch.tensor([1.0, 2.0], requires_grad=True)
q = p.clone()
print(q.grad_fn, q.requires_grad, q.is_leaf)
q.sum().backward()
print(p.grad)
nd = a.numpy()
nd[0] = 99
print(a[0])
