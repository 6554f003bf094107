# Q: does a tensor created under no_grad require grad?
import torch

with torch.no_grad():
    w = torch.zeros(2, requires_grad=True)
    u = w + 1
    v = torch.ones(2).requires_grad_()
print(w.requires_grad, w.is_leaf, u.requires_grad, v.requires_grad)
(w * 2 + v).sum().backward()
print(w.grad, v.grad)
