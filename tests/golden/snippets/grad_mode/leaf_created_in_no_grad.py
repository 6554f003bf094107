import torch

with torch.no_grad():
    w = torch.ones(2, requires_grad=True)
    v = torch.zeros(2).requires_grad_()
print(w, w.requires_grad, w.is_leaf)
print(v.requires_grad)
(w * 2).sum().backward()
print(w.grad)
