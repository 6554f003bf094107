# Q: does clone() keep the gradient connection? clone vs detach().clone() vs copy_ into a new tensor.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.clone()
c = a.detach().clone()
d = torch.empty(2)
d.copy_(a)
print(b.grad_fn, b.requires_grad, b.is_leaf)
print(c.grad_fn, c.requires_grad, c.is_leaf)
print(d.grad_fn, d.requires_grad)
(b * 3 + d * 5).sum().backward()
print(a.grad)
e = a.clone().detach().requires_grad_(True)
(e ** 2).sum().backward()
print(e.grad, a.grad)
import copy
f = copy.deepcopy(a)
print(f, f.is_leaf, f.grad)
try:
    copy.deepcopy(b)
except RuntimeError as e2:
    print("RuntimeError:", e2)
