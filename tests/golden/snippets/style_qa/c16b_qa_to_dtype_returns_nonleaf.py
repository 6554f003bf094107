# Q: .grad is None after calling .double() on my parameter
import torch

w = torch.randn(2, requires_grad=True).double()
print(w.is_leaf, w.grad_fn.name())
(w * 3).sum().backward()
print(w.grad)
v = torch.randn(2, dtype=torch.float64, requires_grad=True)
print(v.double() is v, v.to(torch.float64) is v, v.float() is v)
(v * 3).sum().backward()
print(v.grad)
