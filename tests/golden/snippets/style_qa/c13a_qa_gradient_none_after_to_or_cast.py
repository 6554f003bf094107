# Q: my parameter's grad is None: I made it with .float()/.double() after requires_grad=True (a non-leaf copy).
import torch

w = torch.randn(3, requires_grad=True).double()
print(w.is_leaf, w.grad_fn.name())
(w * 2).sum().backward()
print(w.grad)
w2 = torch.randn(3, dtype=torch.float64, requires_grad=True)
(w2 * 2).sum().backward()
print(w2.is_leaf, w2.grad)
w3 = torch.randn(3).double().requires_grad_()
(w3 ** 2).sum().backward()
print(w3.is_leaf, w3.grad.shape)
w4 = torch.randn(3, requires_grad=True)
w5 = w4.to(torch.float32)
print(w5 is w4, w4.to(torch.float64) is w4)
p = torch.nn.Parameter(torch.ones(2) * 3)
print(p.is_leaf, p.requires_grad, type(p).__name__)
q = torch.ones(2, requires_grad=True) + 0
print(q.is_leaf)
