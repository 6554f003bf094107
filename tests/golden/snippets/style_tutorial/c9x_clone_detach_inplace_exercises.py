# Views vs copies: clone, detach, .data, in-place edits and what they share.
import torch

a = torch.arange(6.0)
v = a.view(2, 3)
c = a.clone()
a[0] = 100
print(v)
print(c)
print(v._base is a, c._base is None, v.data_ptr() == a.data_ptr())
w = torch.ones(3, requires_grad=True)
d = w.detach()
d[1] = 5
print(w)
print(d.requires_grad, w.requires_grad)
e = w.clone()
print(e.grad_fn)
e.sum().backward()
print(w.grad)
y = w * 2
z = y.detach().clone()
z += 1
print(y, z)
s = torch.zeros(2, 3)
row = s[0]
row.fill_(7)
print(s)
t = s.t()
print(t.is_contiguous(), t.contiguous().is_contiguous(), s.storage_offset(), s[1].storage_offset())
u = s.reshape(6)
u[5] = -1
print(s)
f = s[:, [0, 2]]
f[0, 0] = 99
print(s[0, 0].item(), f[0, 0].item())
print(torch.ones(2).add_(1), torch.ones(2).mul(3).sub_(1))
