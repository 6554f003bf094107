import torch

A = torch.ones(2, 2, requires_grad=True)
v = torch.ones(2, requires_grad=True)
print((A @ A).grad_fn.name(), (A @ v).grad_fn.name(), (v @ A).grad_fn.name(), (v @ v).grad_fn.name())
B = torch.ones(3, 2, 2, requires_grad=True)
print((B @ A).grad_fn.name(), (B @ v).grad_fn.name(), (B @ B).grad_fn.name())
print(torch.outer(v, v).grad_fn.name())
