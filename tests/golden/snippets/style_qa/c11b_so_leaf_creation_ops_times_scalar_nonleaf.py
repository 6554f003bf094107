# Q: torch.randn(3, requires_grad=True) * 0.01 is not a leaf -- its .grad stays None; how to init properly.
import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01
print(w.is_leaf, w.requires_grad, w.grad_fn)
(w * 2).sum().backward()
print(w.grad)
w = (torch.randn(3) * 0.01).requires_grad_()
print(w.is_leaf)
(w * 2).sum().backward()
print(w.grad)
w = torch.randn(3, requires_grad=True)
with torch.no_grad():
    w.mul_(0.01)
print(w.is_leaf, w.requires_grad)
b = torch.zeros(1, requires_grad=True) + 0.5
print(b.is_leaf, b)
p = torch.nn.Parameter(torch.randn(2) * 0.01)
print(p.is_leaf, p.requires_grad, type(p).__name__)
print(torch.full((2,), 0.5, requires_grad=True).is_leaf, torch.ones(2, requires_grad=True).double().is_leaf)
