import torch

x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
print(x.sum().grad_fn.name(), x.sum(0).grad_fn.name(), x.sum(dim=(0, 1)).grad_fn.name())
print(x.mean().grad_fn.name(), x.mean(1).grad_fn.name())
print(x.max().grad_fn.name(), x.max(0).values.grad_fn.name(), x.min().grad_fn.name())
print(x.min(1)[0].grad_fn.name(), x.amax(1).grad_fn.name())
print(x.prod().grad_fn.name(), x.prod(0).grad_fn.name())
print(x.std().grad_fn.name(), x.var().grad_fn.name(), x.std(0).grad_fn.name())
print(x.sort().values.grad_fn.name(), x.norm().grad_fn.name())
