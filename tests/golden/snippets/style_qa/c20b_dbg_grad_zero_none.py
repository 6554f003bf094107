# w.grad.zero_() before the first backward
import torch

w = torch.randn(2, requires_grad=True)
try:
    w.grad.zero_()
except AttributeError as e:
    print("AttributeError:", e)
(w * 3).sum().backward()
w.grad.zero_()
print(w.grad)
if w.grad is not None:
    w.grad.detach_()
    w.grad.zero_()
print(w.grad.requires_grad)
