# Q: "'NoneType' object has no attribute 'zero_'" when zeroing grads by hand before the first backward.
import torch

w = torch.randn(3, requires_grad=True)
try:
    w.grad.zero_()
except AttributeError as e:
    print("AttributeError:", e)
if w.grad is not None:
    w.grad.zero_()
(w * 2).sum().backward()
print(w.grad)
w.grad.zero_()
print(w.grad)
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
print(w.grad)
opt.zero_grad(set_to_none=False)
print(w.grad)
(w * 3).sum().backward()
opt.zero_grad(set_to_none=False)
print(w.grad)
w.grad = torch.ones(3)
try:
    w.grad = torch.ones(2)
except RuntimeError as e:
    print(e)
