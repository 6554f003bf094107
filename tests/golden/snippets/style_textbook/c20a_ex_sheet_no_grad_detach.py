# Autograd sheet, task 6: requires_grad after no_grad, detach, and operations on leaves
import torch

w = torch.randn(3, requires_grad=True)
with torch.no_grad():
    a = w * 2
b = w.detach() * 2
c = w * 2
print(a.requires_grad, b.requires_grad, c.requires_grad)
print(w.is_leaf, c.is_leaf, a.is_leaf)
try:
    w.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w.add_(1)
print(w.requires_grad, w.grad_fn)
