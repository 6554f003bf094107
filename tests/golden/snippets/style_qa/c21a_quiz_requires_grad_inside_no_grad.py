# Quiz: a leaf created inside no_grad with requires_grad=True.
import torch

with torch.no_grad():
    p = torch.ones(2, requires_grad=True)
    q = p * 2
print(p.requires_grad, p.is_leaf, q.requires_grad)
(p * 3).sum().backward()
print(p.grad)
