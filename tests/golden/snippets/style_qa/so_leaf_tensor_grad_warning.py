# Q: "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed" after .to() or arithmetic.
import torch

w = torch.randn(2, requires_grad=True) * 0.1
print(w.is_leaf, w.requires_grad)
(w.sum() * 2).backward()
print(w.grad)
v = torch.randn(2, requires_grad=True)
u = v.double()
u.sum().backward()
print(u.is_leaf, u.grad, v.grad)
good = (torch.randn(2) * 0.1).requires_grad_()
print(good.is_leaf)
good.sum().backward()
print(good.grad)
