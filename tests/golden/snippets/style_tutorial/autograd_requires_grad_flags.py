# requires_grad flags through no_grad, detach and requires_grad_.
import torch

x = torch.ones(5)
w = torch.randn(5, 3, requires_grad=True)
z = torch.matmul(x, w)
print(z.requires_grad)
with torch.no_grad():
    z = torch.matmul(x, w)
print(z.requires_grad)
z = torch.matmul(x, w)
z_det = z.detach()
print(z_det.requires_grad, z_det.is_leaf, z.is_leaf)
a = torch.randn(2, 2)
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn)
print(torch.is_grad_enabled())
