import torch

x = torch.arange(6., requires_grad=True).view(2, 3)
print(x[0].grad_fn.name())
print(x[0, 1].grad_fn.name())
print(x[:, 1].grad_fn.name())
print(x[1:].grad_fn.name())
print(x[:, ::2].grad_fn.name())
print(x[[0, 1]].grad_fn.name())
print(x[x > 1].grad_fn.name())
print(x[..., None].grad_fn.name())
