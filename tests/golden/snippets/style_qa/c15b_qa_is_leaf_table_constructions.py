# Q: which of these are leaf tensors, and which will get a .grad after backward?
import torch
from torch import nn

a = torch.rand(2, requires_grad=True)
b = torch.rand(2).requires_grad_()
c = torch.rand(2, requires_grad=True) + 1
d = torch.rand(2, requires_grad=True).clone()
e = a.detach()
f = nn.Linear(2, 1).weight
g = torch.rand(2, requires_grad=True).double()
for name, t in zip('abcdefg', [a, b, c, d, e, f, g]):
    print(name, t.is_leaf, t.requires_grad, type(t.grad_fn).__name__)
(a * b).sum().backward()
print(a.grad is not None, b.grad is not None)
