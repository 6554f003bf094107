import torch

w = torch.ones(3, requires_grad=True)
with torch.no_grad():
    v = w[:2]
# a view made under no_grad is a leaf, and requires grad while its base does
print(v.requires_grad, v.is_leaf, v.grad_fn)
print(v.requires_grad_(False), v.requires_grad)
v.requires_grad = False
print(v.requires_grad)
x = torch.zeros(3)
with torch.no_grad():
    u = x[:2]
print(u.requires_grad_(True).requires_grad, u.is_leaf, u.requires_grad_(False).requires_grad)
